import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import ssh2, { type ParsedKey } from 'ssh2';
import { InputError, KubehaError, type ValidationIssue } from '../errors.js';
import type { Host } from '../transport/host.js';
import { SshHost } from '../transport/ssh.js';
import { PROXY_JUMP, type ClusterFile, type HostSpec } from '../config/cluster.js';
import { hostKeysFor } from './known-hosts.js';

/** Opens one SSH connection per host on first use and keeps it; closes them all at the end. */
export interface HostPool {
  get(name: string): Promise<Host>;
  spec(name: string): HostSpec;
  /** Closes and drops the host's connection (it was powered off): the next get() connects again. */
  forget(name: string): Promise<void>;
  closeAll(): Promise<void>;
}

/** Opens a connection to a host of the cluster file (SSH by default; the lab passes its own). */
export type Connector = (spec: HostSpec) => Promise<Host>;

/** `~` and `~/…` mean the admin's home directory, as in ssh_config (the README's own cluster file uses it). */
export function expandHome(path: string): string {
  return path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}

/** One jump host as written in `proxyJump` (`[user@]host[:port]`); undefined for `none`. */
export function parseProxyJump(value: string): { user?: string; host: string; port?: number } | undefined {
  if (value === 'none') return undefined;
  const m = PROXY_JUMP.exec(value);
  if (!m) throw new Error(`not a proxyJump: ${value}`);
  const host = m[2]!.replace(/^\[(.*)\]$/, '$1');
  return { ...(m[1] === undefined ? {} : { user: m[1] }), host, ...(m[3] === undefined ? {} : { port: Number(m[3]) }) };
}

interface Credentials {
  privateKey?: Buffer;
  agent?: string;
}

/** Why ssh2 cannot use this file as a private key, in words that name what to do; undefined when it can. */
function keyProblem(data: Buffer): string | undefined {
  const parsed = ssh2.utils.parseKey(data);
  const key = Array.isArray(parsed) ? (parsed[0] as ParsedKey | undefined) : parsed;
  if (key instanceof Error || key === undefined) {
    const why = key instanceof Error ? key.message : 'no key in it';
    if (/passphrase/i.test(why)) {
      return 'is encrypted, and kubeha takes no passphrases: add it to an SSH agent (ssh-add) and leave privateKeyFile unset, or name an unencrypted key';
    }
    return `is not a private key kubeha can read (${why})`;
  }
  if (!key.isPrivateKey()) return 'is a public key; name the private key (the file without .pub)';
  return undefined;
}

/**
 * How each host is reached over SSH, from the cluster file: its user (a non-root one runs everything through
 * sudo), its key file and/or the SSH agent (SSH_AUTH_SOCK; the key first, then the agent), its jump host and
 * known_hosts. Every key file is read and checked here, once, before any host is contacted: a bad one is an
 * InputError naming the file and the field, not an ssh2 error per host.
 */
export async function sshConnector(cluster: ClusterFile, env: Readonly<Record<string, string | undefined>> = process.env): Promise<Connector> {
  const agent = env['SSH_AUTH_SOCK'] || undefined;
  const settings = (h: HostSpec) => ({ ...cluster.spec.ssh, ...h.ssh });
  // Each key file once, with the field that names it (or that is unset, for the default key).
  const keyFields = new Map<string, { field: string; unset: boolean }>();
  const credentials = new Map<string, Credentials>();
  const issues: ValidationIssue[] = [];
  cluster.spec.hosts.forEach((h, i) => {
    const file = settings(h).privateKeyFile;
    if (file === undefined && agent !== undefined) return;
    const path = expandHome(file ?? DEFAULT_KEY_FILE);
    const field = h.ssh?.privateKeyFile !== undefined ? `spec.hosts[${i}].ssh.privateKeyFile` : 'spec.ssh.privateKeyFile';
    if (!keyFields.has(path)) keyFields.set(path, { field, unset: file === undefined });
  });
  for (const [path, { field, unset }] of keyFields) {
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'a directory' : (err as Error).message;
      issues.push({ path: field, message: `${unset ? 'not set, SSH_AUTH_SOCK is not set either, and the default ' : ''}${path} cannot be read (${why})` });
      continue;
    }
    const problem = keyProblem(data);
    if (problem !== undefined) issues.push({ path: field, message: `${path} ${problem}` });
    else credentials.set(path, { privateKey: data, ...(agent === undefined ? {} : { agent }) });
  }
  if (issues.length > 0) throw new InputError('reading the SSH keys', issues);
  const credentialsFor = (h: HostSpec): Credentials => {
    const file = settings(h).privateKeyFile;
    return file === undefined && agent !== undefined ? { agent } : credentials.get(expandHome(file ?? DEFAULT_KEY_FILE))!;
  };

  return async (h) => {
    const ssh = settings(h);
    const knownHostsFile = expandHome(ssh.knownHostsFile ?? '~/.ssh/known_hosts');
    let knownHosts: string;
    try {
      knownHosts = await readFile(knownHostsFile, 'utf8');
    } catch (err) {
      throw new KubehaError(`cannot read the known_hosts file ${knownHostsFile}`, { doing: 'connecting over SSH', host: h.name }, { cause: err });
    }
    const keysOf = (label: string, address: string, names: readonly string[], port: number) => {
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
function jumpFor(
  cluster: ClusterFile,
  h: HostSpec,
  user: string,
  settings: (h: HostSpec) => { user?: string; port?: number },
): { name: string; address: string; port: number; user: string; names: string[] } | undefined {
  const value = { ...cluster.spec.ssh, ...h.ssh }.proxyJump;
  const jump = value === undefined ? undefined : parseProxyJump(value);
  if (jump === undefined) return undefined;
  const known = cluster.spec.hosts.find((x) => x.name === jump.host || x.address === jump.host);
  if (known?.name === h.name || (known === undefined && jump.host === h.address)) return undefined;
  if (known !== undefined) {
    const s = settings(known);
    return { name: known.name, address: known.address, port: jump.port ?? s.port ?? 22, user: jump.user ?? s.user ?? 'root', names: [known.address, known.name] };
  }
  return { name: jump.host, address: jump.host, port: jump.port ?? 22, user: jump.user ?? user, names: [jump.host] };
}

/** The host connected and answering a trivial command, or why not (unreachable, powered off, auth refused). */
export async function answering(hosts: HostPool, name: string): Promise<{ host?: Host; error?: string }> {
  try {
    const host = await hosts.get(name);
    await host.exec(['true'], { timeoutMs: 10_000 });
    return { host };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export function hostPool(cluster: ClusterFile, connect: Connector): HostPool {
  const open = new Map<string, Promise<Host>>();
  const spec = (name: string): HostSpec => {
    const h = cluster.spec.hosts.find((x) => x.name === name);
    if (!h) throw new KubehaError(`no host named ${name} in the cluster file`, { doing: 'looking up a host' });
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
      await p?.then((h) => h.close()).catch(() => {});
    },
    async closeAll() {
      const hosts = await Promise.allSettled(open.values());
      open.clear();
      await Promise.all(hosts.map((h) => (h.status === 'fulfilled' ? h.value.close() : undefined)));
    },
  };
}
