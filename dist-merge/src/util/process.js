import { spawn } from 'node:child_process';
import { CommandError } from '../errors.js';
import { redact } from './redact.js';
/** Runs an argv on this machine (no shell). Throws CommandError on a non-zero exit unless allowFailure. */
export function run(argv, options = {}) {
    const [file, ...args] = argv;
    if (file === undefined)
        throw new Error('empty command');
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const child = spawn(file, args, {
            cwd: options.cwd,
            env: options.env ? { ...process.env, ...options.env } : process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            timeout: options.timeoutMs,
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => (options.onStdout ? options.onStdout(d) : out.push(d)));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', (e) => reject(e));
        child.on('close', (code, signal) => {
            const result = {
                code,
                signal,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                ms: Date.now() - started,
            };
            if (code === 0 || options.allowFailure)
                resolve(result);
            else
                reject(new CommandError({
                    doing: options.doing ?? `running ${file}`,
                    ...(options.host === undefined ? {} : { host: options.host }),
                    command: argv,
                    code,
                    signal,
                    stdout: redact(result.stdout),
                    stderr: redact(result.stderr),
                }));
        });
        child.stdin.on('error', () => { });
        child.stdin.end(options.stdin ?? '');
    });
}
//# sourceMappingURL=process.js.map