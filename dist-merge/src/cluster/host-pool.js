import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import ssh2 from 'ssh2';
import { InputError, KubehaError } from '../errors.js';
import { SshHost } from '../transport/ssh.js';
import { PROXY_JUMP } from '../config/cluster.js';
import { hostKeysFor } from './known-hosts.js';
/** `~` and `~/…` mean the admin's home directory, as in ssh_config (the README's own cluster file uses it). */
export function expandHome(path) {
    return path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}
/** One jump host as written in `proxyJump` (`[user@]host[:port]`); undefined for `none`. */
export function parseProxyJump(value) {
    if (value === 'none')
        return undefined;
    const m = PROXY_JUMP.exec(value);
    if (!m)
        throw new Error(`not a proxyJump: ${value}`);
    const host = m[2].replace(/^\[(.*)\]$/, '$1');
    return { ...(m[1] === undefined ? {} : { user: m[1] }), host, ...(m[3] === undefined ? {} : { port: Number(m[3]) }) };
}
/** Why ssh2 cannot use this file as a private key, in words that name what to do; undefined when it can. */
function keyProblem(data) {
    const parsed = ssh2.utils.parseKey(data);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (key instanceof Error || key === undefined) {
        const why = key instanceof Error ? key.message : 'no key in it';
        if (/passphrase/i.test(why)) {
            return 'is encrypted, and kubeha takes no passphrases: add it to an SSH agent (ssh-add) and leave privateKeyFile unset, or name an unencrypted key';
        }
        return `is not a private key kubeha can read (${why})`;
    }
    if (!key.isPrivateKey())
        return 'is a public key; name the private key (the file without .pub)';
    return undefined;
}
/**
 * How each host is reached over SSH, from the cluster file: its user (a non-root one runs everything through
 * sudo), its key file and/or the SSH agent (SSH_AUTH_SOCK; the key first, then the agent), its jump host and
 * known_hosts. Every key file is read and checked here, once, before any host is contacted: a bad one is an
 * InputError naming the file and the field, not an ssh2 error per host.
 */
export async function sshConnector(cluster, env = process.env) {
    const agent = env['SSH_AUTH_SOCK'] || undefined;
    const settings = (h) => ({ ...cluster.spec.ssh, ...h.ssh });
    // Each key file once, with the field that names it (or that is unset, for the default key).
    const keyFields = new Map();
    const credentials = new Map();
    const issues = [];
    cluster.spec.hosts.forEach((h, i) => {
        const file = settings(h).privateKeyFile;
        if (file === undefined && agent !== undefined)
            return;
        const path = expandHome(file ?? DEFAULT_KEY_FILE);
        const field = h.ssh?.privateKeyFile !== undefined ? `spec.hosts[${i}].ssh.privateKeyFile` : 'spec.ssh.privateKeyFile';
        if (!keyFields.has(path))
            keyFields.set(path, { field, unset: file === undefined });
    });
    for (const [path, { field, unset }] of keyFields) {
        let data;
        try {
            data = await readFile(path);
        }
        catch (err) {
            const code = err.code;
            const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'a directory' : err.message;
            issues.push({ path: field, message: `${unset ? 'not set, SSH_AUTH_SOCK is not set either, and the default ' : ''}${path} cannot be read (${why})` });
            continue;
        }
        const problem = keyProblem(data);
        if (problem !== undefined)
            issues.push({ path: field, message: `${path} ${problem}` });
        else
            credentials.set(path, { privateKey: data, ...(agent === undefined ? {} : { agent }) });
    }
    if (issues.length > 0)
        throw new InputError('reading the SSH keys', issues);
    const credentialsFor = (h) => {
        const file = settings(h).privateKeyFile;
        return file === undefined && agent !== undefined ? { agent } : credentials.get(expandHome(file ?? DEFAULT_KEY_FILE));
    };
    return async (h) => {
        const ssh = settings(h);
        const knownHostsFile = expandHome(ssh.knownHostsFile ?? '~/.ssh/known_hosts');
        let knownHosts;
        try {
            knownHosts = await readFile(knownHostsFile, 'utf8');
        }
        catch (err) {
            throw new KubehaError(`cannot read the known_hosts file ${knownHostsFile}`, { doing: 'connecting over SSH', host: h.name }, { cause: err });
        }
        const keysOf = (label, address, names, port) => {
            const keys = hostKeysFor(knownHosts, names, port);
            if (keys.length === 0) {
                throw new KubehaError(`no host key for ${label}${port === 22 ? address : `[${address}]:${port}`} in ${knownHostsFile}; record it first (ssh-keyscan, checked out of band)`, {
                    doing: 'connecting over SSH',
                    host: h.name,
                });
            }
            return keys;
        };
        const port = ssh.port ?? 22;
        const user = ssh.user ?? 'root';
        const jump = jumpFor(cluster, h, user, settings);
        return SshHost.connect({
            name: h.name,
            address: h.address,
            port,
            user,
            ...credentialsFor(h),
            knownHostKeys: keysOf('', h.address, [h.address, h.name], port),
            ...(jump === undefined ? {} : { jump: { ...jump, knownHostKeys: keysOf(`the jump host ${jump.name} at `, jump.address, jump.names, jump.port) } }),
        });
    };
}
const DEFAULT_KEY_FILE = '~/.ssh/id_ed25519';
/**
 * The host's jump host, if any: a host of the inventory by name or address (its address, user and port unless
 * proxyJump gives them), or any other machine (this host's user, port 22). A jump host never jumps through itself.
 */
function jumpFor(cluster, h, user, settings) {
    const value = { ...cluster.spec.ssh, ...h.ssh }.proxyJump;
    const jump = value === undefined ? undefined : parseProxyJump(value);
    if (jump === undefined)
        return undefined;
    const known = cluster.spec.hosts.find((x) => x.name === jump.host || x.address === jump.host);
    if (known?.name === h.name || (known === undefined && jump.host === h.address))
        return undefined;
    if (known !== undefined) {
        const s = settings(known);
        return { name: known.name, address: known.address, port: jump.port ?? s.port ?? 22, user: jump.user ?? s.user ?? 'root', names: [known.address, known.name] };
    }
    return { name: jump.host, address: jump.host, port: jump.port ?? 22, user: jump.user ?? user, names: [jump.host] };
}
/** The host connected and answering a trivial command, or why not (unreachable, powered off, auth refused). */
export async function answering(hosts, name) {
    try {
        const host = await hosts.get(name);
        await host.exec(['true'], { timeoutMs: 10_000 });
        return { host };
    }
    catch (err) {
        return { error: err instanceof Error ? err.message : String(err) };
    }
}
export function hostPool(cluster, connect) {
    const open = new Map();
    const spec = (name) => {
        const h = cluster.spec.hosts.find((x) => x.name === name);
        if (!h)
            throw new KubehaError(`no host named ${name} in the cluster file`, { doing: 'looking up a host' });
        return h;
    };
    return {
        spec,
        get(name) {
            let p = open.get(name);
            if (!p) {
                p = connect(spec(name));
                open.set(name, p);
                p.catch(() => open.delete(name));
            }
            return p;
        },
        async forget(name) {
            const p = open.get(name);
            open.delete(name);
            await p?.then((h) => h.close()).catch(() => { });
        },
        async closeAll() {
            const hosts = await Promise.allSettled(open.values());
            open.clear();
            await Promise.all(hosts.map((h) => (h.status === 'fulfilled' ? h.value.close() : undefined)));
        },
    };
}
//# sourceMappingURL=host-pool.js.map