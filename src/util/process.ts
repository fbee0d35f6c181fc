import { spawn } from 'node:child_process';
import { CommandError, KubehaError } from '../errors.js';
import { redact } from './redact.js';
import { isStream, type ExecOptions, type ExecResult } from '../transport/host.js';

/** Runs an argv on this machine (no shell). Throws CommandError on a non-zero exit unless allowFailure. */
export function run(argv: readonly string[], options: ExecOptions & { cwd?: string; host?: string } = {}): Promise<ExecResult> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('empty command');
  const doing = options.doing ?? `running ${file}`;
  const host = options.host === undefined ? {} : { host: options.host };
  const { stdin } = options;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => (options.onStdout ? options.onStdout(d) : out.push(d)));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => {
      if (isStream(stdin)) stdin.destroy();
      reject(e);
    });
    child.on('close', (code, signal) => {
      const result: ExecResult = {
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started,
      };
      if (code === 0 || options.allowFailure) resolve(result);
      else
        reject(
          new CommandError({
            doing,
            ...host,
            command: argv,
            code,
            signal,
            stdout: redact(result.stdout),
            stderr: redact(result.stderr),
          }),
        );
    });
    child.stdin.on('error', () => {});
    if (!isStream(stdin)) {
      child.stdin.end(stdin ?? '');
      return;
    }
    stdin.once('error', (readErr) => {
      // The first settlement wins: the kill's CommandError that follows is not the cause.
      reject(new KubehaError(`could not send the standard input: ${readErr.message}`, { doing, ...host, command: argv }, { cause: readErr }));
      child.kill('SIGKILL');
    });
    child.on('close', () => stdin.destroy());
    stdin.pipe(child.stdin);
  });
}
