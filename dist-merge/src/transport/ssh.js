import { Client } from 'ssh2';
import { CommandError, KubehaError, PreconditionError } from '../errors.js';
import { redact } from '../util/redact.js';
import { quoteArgv } from './quote.js';
import { stagedSuffix, tarFiles, untarArgv } from './tar.js';
function keyBlob(line) {
    const parts = line.trim().split(/\s+/);
    const b64 = parts.length >= 2 ? parts[1] : parts[0];
    return Buffer.from(b64, 'base64');
}
const describe = (e) => `${e.user ?? 'root'}@${e.address}:${e.port ?? 22}`;
/** One authenticated SSH connection to an endpoint, over `sock` when given (a channel through a jump host). */
async function openClient(endpoint, auth, doing, sock) {
    const allowed = endpoint.knownHostKeys.map(keyBlob);
    if (allowed.length === 0)
        throw new KubehaError('no known host key recorded for this host', { doing, host: endpoint.name });
    const client = new Client();
    let presented;
    const config = {
        host: endpoint.address,
        port: endpoint.port ?? 22,
        username: endpoint.user ?? 'root',
        ...(auth.privateKey === undefined ? {} : { privateKey: auth.privateKey }),
        ...(auth.agent === undefined ? {} : { agent: auth.agent }),
        // The documented order: the key file, then the agent's keys.
        authHandler: [...(auth.privateKey === undefined ? [] : ['publickey']), ...(auth.agent === undefined ? [] : ['agent'])],
        ...(sock === undefined ? {} : { sock }),
        readyTimeout: auth.readyTimeoutMs ?? 15_000,
        keepaliveInterval: 10_000,
        hostVerifier: (key) => {
            presented = key;
            return allowed.some((k) => k.equals(key));
        },
    };
    await new Promise((resolve, reject) => {
        client.once('ready', () => resolve());
        client.once('error', (err) => {
            const mismatch = presented !== undefined && !allowed.some((k) => k.equals(presented));
            const refused = err.level === 'client-authentication';
            reject(new KubehaError(mismatch
                ? 'the host key does not match the recorded one (refusing to connect)'
                : refused
                    ? `${endpoint.user ?? 'root'} was refused (${[auth.privateKey === undefined ? '' : 'the key', auth.agent === undefined ? '' : "the agent's keys"].filter(Boolean).join(', then ')} tried): ${err.message}`
                    : err.message, { doing, host: endpoint.name }, { cause: err }));
        });
        client.connect(config);
    });
    return client;
}
function forwardOut(jump, address, port) {
    return new Promise((resolve, reject) => {
        jump.forwardOut('127.0.0.1', 0, address, port, (err, channel) => (err ? reject(err) : resolve(channel)));
    });
}
/**
 * The argv the remote shell runs for a login user other than root: through `sudo -n` (never a prompt), with the
 * environment on the command line, since sudo resets the one sshd passes.
 */
export function sudoArgv(argv, env) {
    const vars = Object.entries(env ?? {}).map(([k, v]) => `${k}=${v}`);
    return ['sudo', '-n', '--', ...(vars.length > 0 ? ['env', ...vars] : []), ...argv];
}
/**
 * A Host reached over one long-lived SSH connection (ssh2), with TCP_NODELAY on; optionally through a jump
 * host, and as a sudoer: a login user other than root runs every command (file reads and writes too, they are
 * commands) as `sudo -n -- argv…`, so the Host interface stays the same for steps.
 */
export class SshHost {
    client;
    jumpClient;
    name;
    sudo;
    constructor(client, jumpClient, target) {
        this.client = client;
        this.jumpClient = jumpClient;
        this.name = target.name;
        this.sudo = (target.user ?? 'root') !== 'root';
    }
    static async connect(target) {
        const port = target.port ?? 22;
        const doing = `connecting over SSH to ${describe(target)}${target.jump ? ` through ${describe(target.jump)}` : ''}`;
        let jumpClient;
        let sock;
        if (target.jump !== undefined) {
            jumpClient = await openClient(target.jump, target, `connecting over SSH to the jump host ${target.jump.name} (${describe(target.jump)}) for ${target.name}`);
            jumpClient.setNoDelay(true);
            try {
                sock = await forwardOut(jumpClient, target.address, port);
            }
            catch (err) {
                jumpClient.end();
                throw new KubehaError(`the jump host ${target.jump.name} could not open a channel to ${target.address}:${port}: ${err.message}`, { doing, host: target.name }, { cause: err });
            }
        }
        let client;
        try {
            client = await openClient(target, target, doing, sock);
        }
        catch (err) {
            jumpClient?.end();
            throw err;
        }
        // Without TCP_NODELAY a command on an open connection takes ~45 ms instead of ~4 ms (through a jump host the
        // TCP connection is the jump's, set above).
        client.setNoDelay(true);
        const host = new SshHost(client, jumpClient, target);
        if (host.sudo)
            await host.checkSudo(target.user);
        return host;
    }
    /** Fails at once, naming the host and the user, when sudo would ask for a password (or is missing). */
    async checkSudo(user) {
        const r = await this.exec(['true'], { allowFailure: true, timeoutMs: 30_000, doing: 'checking password-less sudo' });
        if (r.code === 0)
            return;
        throw new PreconditionError(`${user} cannot run commands as root without a password (sudo -n true: ${r.stderr.trim() || `exit ${r.code ?? r.signal}`}); kubeha needs root or password-less sudo (NOPASSWD in sudoers)`, { doing: 'checking password-less sudo', host: this.name, command: ['sudo', '-n', '--', 'true'], output: redact(`${r.stdout}${r.stderr}`).trim() });
    }
    exec(argv, options = {}) {
        const command = quoteArgv(this.sudo ? sudoArgv(argv, options.env) : argv);
        const env = !this.sudo && options.env ? { ...options.env } : undefined;
        const started = Date.now();
        return new Promise((resolve, reject) => {
            this.client.exec(command, { env }, (err, stream) => {
                if (err) {
                    reject(new KubehaError(err.message, { doing: options.doing ?? `running ${argv[0]}`, host: this.name, command: argv }, { cause: err }));
                    return;
                }
                const out = [];
                const errOut = [];
                let timer;
                let timedOut = false;
                if (options.timeoutMs !== undefined) {
                    // OpenSSH's sshd ignores the channel's signal request, and the remote command goes on after the channel
                    // closes (a 1 s timeout on `sleep 8` came back after 11 s with exit 0): the call ends here, as killed.
                    timer = setTimeout(() => {
                        timedOut = true;
                        stream.signal('KILL');
                        stream.close();
                        const result = { code: null, signal: 'timeout', stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(errOut).toString('utf8'), ms: Date.now() - started };
                        if (options.allowFailure)
                            resolve(result);
                        else
                            reject(new CommandError({ doing: options.doing ?? `running ${argv[0]}`, host: this.name, command: argv, code: null, signal: `a timeout after ${options.timeoutMs} ms`, stdout: redact(result.stdout), stderr: redact(result.stderr) }));
                    }, options.timeoutMs);
                }
                stream.on('data', (d) => (options.onStdout ? options.onStdout(d) : out.push(d)));
                stream.stderr.on('data', (d) => errOut.push(d));
                stream.on('close', (code, signal) => {
                    if (timer)
                        clearTimeout(timer);
                    if (timedOut)
                        return;
                    const result = {
                        code: code ?? null,
                        signal: signal ?? null,
                        stdout: Buffer.concat(out).toString('utf8'),
                        stderr: Buffer.concat(errOut).toString('utf8'),
                        ms: Date.now() - started,
                    };
                    if (result.code === 0 || options.allowFailure)
                        resolve(result);
                    else
                        reject(new CommandError({
                            doing: options.doing ?? `running ${argv[0]}`,
                            host: this.name,
                            command: argv,
                            code: result.code,
                            signal: result.signal ?? null,
                            stdout: redact(result.stdout),
                            stderr: redact(result.stderr),
                        }));
                });
                stream.end(options.stdin ?? '');
            });
        });
    }
    async readFile(path) {
        const r = await this.exec(['sh', '-c', 'test -e "$1" || exit 3; base64 -w0 -- "$1"', 'kubeha-get', path], {
            allowFailure: true,
            doing: `reading ${path}`,
        });
        if (r.code === 3)
            return undefined;
        if (r.code !== 0) {
            throw new CommandError({ doing: `reading ${path}`, host: this.name, command: ['base64', path], code: r.code, stdout: '', stderr: redact(r.stderr) });
        }
        return Buffer.from(r.stdout, 'base64');
    }
    async writeFiles(files) {
        if (files.length === 0)
            return;
        const suffix = stagedSuffix();
        const archive = await tarFiles(files, suffix);
        await this.exec(untarArgv(files.map((f) => f.path), suffix), { stdin: archive, doing: `writing ${files.length} file(s)` });
    }
    async close() {
        this.client.end();
        this.jumpClient?.end();
    }
}
//# sourceMappingURL=ssh.js.map