import { Client, type ClientChannel, type ConnectConfig } from 'ssh2';
import type { Duplex } from 'node:stream';
import { CommandError, KubehaError, PreconditionError } from '../errors.js';
import { redact } from '../util/redact.js';
import { isStream, type ExecOptions, type ExecResult, type FileToWrite, type Host } from './host.js';
import { quoteArgv } from './quote.js';
import { stagedSuffix, tarStream, untarArgv } from './tar.js';

/** Where to reach an SSH server and the host keys it must present. */
export interface SshEndpoint {
  /** Inventory name used in events and errors. */
  name: string;
  address: string;
  port?: number;
  /** Login user; when it is not root, every command runs through `sudo -n` (password-less sudo). */
  user?: string;
  /**
   * The host's public keys as `type base64` (known_hosts without the host field). The connection is
   * refused unless the server presents one of them: there is no "accept anything" mode.
   */
  knownHostKeys: readonly string[];
}

export interface SshTarget extends SshEndpoint {
  /** A private key (parsed and checked by the caller: ssh2's own error names no file). */
  privateKey?: Buffer | string;
  /** An SSH agent's socket (SSH_AUTH_SOCK). With privateKey as well, the key is tried first, then the agent. */
  agent?: string;
  /**
   * OpenSSH's ProxyJump: connect to this host first (same key and agent), then open a direct-tcpip channel from
   * it to the target. Both host keys are verified.
   */
  jump?: SshEndpoint;
  readyTimeoutMs?: number;
}

function keyBlob(line: string): Buffer {
  const parts = line.trim().split(/\s+/);
  const b64 = parts.length >= 2 ? parts[1]! : parts[0]!;
  return Buffer.from(b64, 'base64');
}

const describe = (e: SshEndpoint) => `${e.user ?? 'root'}@${e.address}:${e.port ?? 22}`;

/** One authenticated SSH connection to an endpoint, over `sock` when given (a channel through a jump host). */
async function openClient(endpoint: SshEndpoint, auth: SshTarget, doing: string, sock?: Duplex): Promise<Client> {
  const allowed = endpoint.knownHostKeys.map(keyBlob);
  if (allowed.length === 0) throw new KubehaError('no known host key recorded for this host', { doing, host: endpoint.name });
  const client = new Client();
  let presented: Buffer | undefined;
  const config: ConnectConfig = {
    host: endpoint.address,
    port: endpoint.port ?? 22,
    username: endpoint.user ?? 'root',
    ...(auth.privateKey === undefined ? {} : { privateKey: auth.privateKey }),
    ...(auth.agent === undefined ? {} : { agent: auth.agent }),
    // The documented order: the key file, then the agent's keys.
    authHandler: [...(auth.privateKey === undefined ? [] : (['publickey'] as const)), ...(auth.agent === undefined ? [] : (['agent'] as const))],
    ...(sock === undefined ? {} : { sock }),
    readyTimeout: auth.readyTimeoutMs ?? 15_000,
    keepaliveInterval: 10_000,
    hostVerifier: (key: Buffer) => {
      presented = key;
      return allowed.some((k) => k.equals(key));
    },
  };
  await new Promise<void>((resolve, reject) => {
    client.once('ready', () => resolve());
    client.once('error', (err) => {
      const mismatch = presented !== undefined && !allowed.some((k) => k.equals(presented!));
      const refused = (err as { level?: string }).level === 'client-authentication';
      reject(
        new KubehaError(
          mismatch
            ? 'the host key does not match the recorded one (refusing to connect)'
            : refused
              ? `${endpoint.user ?? 'root'} was refused (${[auth.privateKey === undefined ? '' : 'the key', auth.agent === undefined ? '' : "the agent's keys"].filter(Boolean).join(', then ')} tried): ${err.message}`
              : err.message,
          { doing, host: endpoint.name },
          { cause: err },
        ),
      );
    });
    client.connect(config);
  });
  return client;
}

function forwardOut(jump: Client, address: string, port: number): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    jump.forwardOut('127.0.0.1', 0, address, port, (err, channel) => (err ? reject(err) : resolve(channel)));
  });
}

/**
 * The argv the remote shell runs for a login user other than root: through `sudo -n` (never a prompt), with the
 * environment on the command line, since sudo resets the one sshd passes.
 */
export function sudoArgv(argv: readonly string[], env?: Readonly<Record<string, string>>): string[] {
  const vars = Object.entries(env ?? {}).map(([k, v]) => `${k}=${v}`);
  return ['sudo', '-n', '--', ...(vars.length > 0 ? ['env', ...vars] : []), ...argv];
}

/**
 * A Host reached over one long-lived SSH connection (ssh2), with TCP_NODELAY on; optionally through a jump
 * host, and as a sudoer: a login user other than root runs every command (file reads and writes too, they are
 * commands) as `sudo -n -- argv…`, so the Host interface stays the same for steps.
 */
export class SshHost implements Host {
  readonly name: string;
  private readonly sudo: boolean;
  private constructor(
    private readonly client: Client,
    private readonly jumpClient: Client | undefined,
    target: SshTarget,
  ) {
    this.name = target.name;
    this.sudo = (target.user ?? 'root') !== 'root';
  }

  static async connect(target: SshTarget): Promise<SshHost> {
    const port = target.port ?? 22;
    const doing = `connecting over SSH to ${describe(target)}${target.jump ? ` through ${describe(target.jump)}` : ''}`;
    let jumpClient: Client | undefined;
    let sock: Duplex | undefined;
    if (target.jump !== undefined) {
      jumpClient = await openClient(target.jump, target, `connecting over SSH to the jump host ${target.jump.name} (${describe(target.jump)}) for ${target.name}`);
      jumpClient.setNoDelay(true);
      try {
        sock = await forwardOut(jumpClient, target.address, port);
      } catch (err) {
        jumpClient.end();
        throw new KubehaError(`the jump host ${target.jump.name} could not open a channel to ${target.address}:${port}: ${(err as Error).message}`, { doing, host: target.name }, { cause: err });
      }
    }
    let client: Client;
    try {
      client = await openClient(target, target, doing, sock);
    } catch (err) {
      jumpClient?.end();
      throw err;
    }
    // Without TCP_NODELAY a command on an open connection takes ~45 ms instead of ~4 ms (through a jump host the
    // TCP connection is the jump's, set above).
    client.setNoDelay(true);
    const host = new SshHost(client, jumpClient, target);
    if (host.sudo) await host.checkSudo(target.user!);
    return host;
  }

  /** Fails at once, naming the host and the user, when sudo would ask for a password (or is missing). */
  private async checkSudo(user: string): Promise<void> {
    const r = await this.exec(['true'], { allowFailure: true, timeoutMs: 30_000, doing: 'checking password-less sudo' });
    if (r.code === 0) return;
    throw new PreconditionError(
      `${user} cannot run commands as root without a password (sudo -n true: ${r.stderr.trim() || `exit ${r.code ?? r.signal}`}); kubeha needs root or password-less sudo (NOPASSWD in sudoers)`,
      { doing: 'checking password-less sudo', host: this.name, command: ['sudo', '-n', '--', 'true'], output: redact(`${r.stdout}${r.stderr}`).trim() },
    );
  }


  exec(argv: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    const command = quoteArgv(this.sudo ? sudoArgv(argv, options.env) : argv);
    const env = !this.sudo && options.env ? { ...options.env } : undefined;
    const doing = options.doing ?? `running ${argv[0]}`;
    const { stdin } = options;
    const started = Date.now();
    return new Promise((resolve, reject) => {
      /** Set when the call ended before the channel closed: a timeout, or standard input that failed. */
      let gaveUp = false;
      let channel: ClientChannel | undefined;
      let timer: NodeJS.Timeout | undefined;
      if (isStream(stdin)) {
        // Listened to from the start: a stream may fail (a missing file) before the channel is open.
        stdin.once('error', (readErr) => {
          if (gaveUp) return;
          gaveUp = true;
          if (timer) clearTimeout(timer);
          // Closing the channel ends the remote command's input short, so it fails there too instead of waiting.
          channel?.close();
          reject(new KubehaError(`could not send the standard input: ${readErr.message}`, { doing, host: this.name, command: argv }, { cause: readErr }));
        });
      }
      this.client.exec(command, { env }, (err, stream) => {
        if (gaveUp) {
          stream?.close();
          return;
        }
        if (err) {
          if (isStream(stdin)) stdin.destroy();
          reject(new KubehaError(err.message, { doing, host: this.name, command: argv }, { cause: err }));
          return;
        }
        channel = stream;
        const out: Buffer[] = [];
        const errOut: Buffer[] = [];
        if (options.timeoutMs !== undefined) {
          // OpenSSH's sshd ignores the channel's signal request, and the remote command goes on after the channel
          // closes (a 1 s timeout on `sleep 8` came back after 11 s with exit 0): the call ends here, as killed.
          timer = setTimeout(() => {
            gaveUp = true;
            stream.signal('KILL');
            stream.close();
            if (isStream(stdin)) stdin.destroy();
            const result = { code: null, signal: 'timeout', stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(errOut).toString('utf8'), ms: Date.now() - started };
            if (options.allowFailure) resolve(result);
            else reject(new CommandError({ doing, host: this.name, command: argv, code: null, signal: `a timeout after ${options.timeoutMs} ms`, stdout: redact(result.stdout), stderr: redact(result.stderr) }));
          }, options.timeoutMs);
        }
        stream.on('data', (d: Buffer) => (options.onStdout ? options.onStdout(d) : out.push(d)));
        stream.stderr.on('data', (d: Buffer) => errOut.push(d));
        stream.on('close', (code: number | null, signal?: string) => {
          if (timer) clearTimeout(timer);
          if (gaveUp) return;
          const result: ExecResult = {
            code: code ?? null,
            signal: signal ?? null,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(errOut).toString('utf8'),
            ms: Date.now() - started,
          };
          if (result.code === 0 || options.allowFailure) resolve(result);
          else
            reject(
              new CommandError({
                doing,
                host: this.name,
                command: argv,
                code: result.code,
                signal: result.signal ?? null,
                stdout: redact(result.stdout),
                stderr: redact(result.stderr),
              }),
            );
        });
        if (!isStream(stdin)) {
          stream.end(stdin ?? '');
          return;
        }
        // A command that exits without reading all of its input leaves the rest unread: stop reading it.
        stream.once('close', () => stdin.destroy());
        stdin.pipe(stream);
      });
    });
  }

  async readFile(path: string): Promise<Buffer | undefined> {
    const r = await this.exec(['sh', '-c', 'test -e "$1" || exit 3; base64 -w0 -- "$1"', 'kubeha-get', path], {
      allowFailure: true,
      doing: `reading ${path}`,
    });
    if (r.code === 3) return undefined;
    if (r.code !== 0) {
      throw new CommandError({ doing: `reading ${path}`, host: this.name, command: ['base64', path], code: r.code, stdout: '', stderr: redact(r.stderr) });
    }
    return Buffer.from(r.stdout, 'base64');
  }

  async writeFiles(files: readonly FileToWrite[]): Promise<void> {
    if (files.length === 0) return;
    const suffix = stagedSuffix();
    await this.exec(untarArgv(files.map((f) => f.path), suffix), { stdin: tarStream(files, suffix), doing: `writing ${files.length} file(s)` });
  }

  async close(): Promise<void> {
    this.client.end();
    this.jumpClient?.end();
  }
}
