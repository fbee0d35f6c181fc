import { Client, type ConnectConfig } from 'ssh2';
import { CommandError, KubehaError } from '../errors.js';
import { redact } from '../util/redact.js';
import type { ExecOptions, ExecResult, FileToWrite, Host } from './host.js';
import { quoteArgv } from './quote.js';
import { stagedSuffix, tarFiles, untarArgv } from './tar.js';

export interface SshTarget {
  /** Inventory name used in events and errors. */
  name: string;
  address: string;
  port?: number;
  user?: string;
  privateKey: Buffer | string;
  /**
   * The host's public keys as `type base64` (known_hosts without the host field). The connection is
   * refused unless the server presents one of them: there is no "accept anything" mode.
   */
  knownHostKeys: readonly string[];
  readyTimeoutMs?: number;
}

function keyBlob(line: string): Buffer {
  const parts = line.trim().split(/\s+/);
  const b64 = parts.length >= 2 ? parts[1]! : parts[0]!;
  return Buffer.from(b64, 'base64');
}

/** A Host reached over one long-lived SSH connection (ssh2), with TCP_NODELAY on. */
export class SshHost implements Host {
  readonly name: string;
  private constructor(
    private readonly client: Client,
    target: SshTarget,
  ) {
    this.name = target.name;
  }

  static async connect(target: SshTarget): Promise<SshHost> {
    const allowed = target.knownHostKeys.map(keyBlob);
    if (allowed.length === 0) {
      throw new KubehaError('no known host key recorded for this host', {
        doing: 'connecting over SSH',
        host: target.name,
      });
    }
    const client = new Client();
    let presented: Buffer | undefined;
    const config: ConnectConfig = {
      host: target.address,
      port: target.port ?? 22,
      username: target.user ?? 'root',
      privateKey: target.privateKey,
      readyTimeout: target.readyTimeoutMs ?? 15_000,
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
        reject(
          new KubehaError(
            mismatch ? 'the host key does not match the recorded one (refusing to connect)' : err.message,
            { doing: `connecting over SSH to ${target.address}:${target.port ?? 22}`, host: target.name },
            { cause: err },
          ),
        );
      });
      client.connect(config);
    });
    // Without TCP_NODELAY a command on an open connection takes ~45 ms instead of ~4 ms.
    client.setNoDelay(true);
    return new SshHost(client, target);
  }

  exec(argv: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    const command = quoteArgv(argv);
    const started = Date.now();
    return new Promise((resolve, reject) => {
      this.client.exec(command, { env: options.env ? { ...options.env } : undefined }, (err, stream) => {
        if (err) {
          reject(new KubehaError(err.message, { doing: options.doing ?? `running ${argv[0]}`, host: this.name, command: argv }, { cause: err }));
          return;
        }
        const out: Buffer[] = [];
        const errOut: Buffer[] = [];
        let timer: NodeJS.Timeout | undefined;
        let timedOut = false;
        if (options.timeoutMs !== undefined) {
          // OpenSSH's sshd ignores the channel's signal request, and the remote command goes on after the channel
          // closes (a 1 s timeout on `sleep 8` came back after 11 s with exit 0): the call ends here, as killed.
          timer = setTimeout(() => {
            timedOut = true;
            stream.signal('KILL');
            stream.close();
            const result = { code: null, signal: 'timeout', stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(errOut).toString('utf8'), ms: Date.now() - started };
            if (options.allowFailure) resolve(result);
            else reject(new CommandError({ doing: options.doing ?? `running ${argv[0]}`, host: this.name, command: argv, code: null, signal: `a timeout after ${options.timeoutMs} ms`, stdout: redact(result.stdout), stderr: redact(result.stderr) }));
          }, options.timeoutMs);
        }
        stream.on('data', (d: Buffer) => (options.onStdout ? options.onStdout(d) : out.push(d)));
        stream.stderr.on('data', (d: Buffer) => errOut.push(d));
        stream.on('close', (code: number | null, signal?: string) => {
          if (timer) clearTimeout(timer);
          if (timedOut) return;
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
                doing: options.doing ?? `running ${argv[0]}`,
                host: this.name,
                command: argv,
                code: result.code,
                signal: result.signal ?? null,
                stdout: redact(result.stdout),
                stderr: redact(result.stderr),
              }),
            );
        });
        stream.end(options.stdin ?? '');
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
    const archive = await tarFiles(files, suffix);
    await this.exec(untarArgv(files.map((f) => f.path), suffix), { stdin: archive, doing: `writing ${files.length} file(s)` });
  }

  async close(): Promise<void> {
    this.client.end();
  }
}
