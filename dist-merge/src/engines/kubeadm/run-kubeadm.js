import { KubehaError, tail } from '../../errors.js';
import { redact } from '../../util/redact.js';
/** Where each kubeadm run's whole output is kept on its host (redacted, 0600), one file per command. */
export const KUBEADM_LOG_DIR = '/var/log/kubeha';
const STACK_HINT = /\nTo see the stack trace of this error execute with --v=5 or higher[\s\S]*$/;
// kubeadm colours its SystemVerification report.
const ANSI = /\u001b\[[0-9;]*m/g;
// Preflight prints each fatal check as `\t[ERROR <check>]: <why>` before its one-line error.
const FATAL_CHECK = /^\s*(\[ERROR [^\]]+\]: .*)$/gm;
/**
 * Reads kubeadm's failure from its output. kubeadm 1.37 exits 1 for every failure and prints
 * `error: error execution phase <phase>: <reason>` on stderr when a workflow phase failed.
 */
export function kubeadmFailure(stdout, stderr) {
    const failure = {};
    const at = stderr.lastIndexOf('error: ');
    if (at !== -1 && (at === 0 || stderr[at - 1] === '\n')) {
        let text = stderr.slice(at + 'error: '.length).replace(STACK_HINT, '').trim();
        const phase = /^error execution phase ([^\s:]+): /.exec(text);
        if (phase) {
            failure.phase = phase[1];
            text = text.slice(phase[0].length);
        }
        const checks = [...stderr.matchAll(FATAL_CHECK)].map((m) => m[1]);
        if (checks.length > 0)
            text = `${text}: ${checks.join('; ')}`;
        if (text !== '')
            failure.reason = text;
    }
    const stages = [...`${stdout}\n${stderr}`.matchAll(/^\[([a-z][a-z0-9-]*(?:\/[a-z0-9-]+)*)\]/gm)];
    if (stages.length > 0)
        failure.lastStage = stages[stages.length - 1][1];
    return failure;
}
function describeFailure(verb, code, signal, f, log) {
    const how = code === null ? `was killed (${signal ?? 'timeout'})` : `exited with code ${code}`;
    const where = f.phase !== undefined ? ` in phase ${f.phase}` : f.lastStage !== undefined ? ` after [${f.lastStage}]` : '';
    const reason = f.reason === undefined ? '' : `: ${tail(f.reason, 8)}`;
    return `${verb} ${how}${where}${reason} (whole output in ${log})`;
}
export async function runKubeadm(host, args, doing, options = {}) {
    const { timeoutMs = 15 * 60_000 } = options;
    const argv = ['kubeadm', ...args];
    const words = [];
    for (const a of args) {
        if (!/^[a-z][a-z-]*$/.test(a) || words.length === 3)
            break;
        words.push(a);
    }
    const verb = ['kubeadm', ...words].join(' ');
    const log = `${KUBEADM_LOG_DIR}/${options.log === undefined ? verb.replace(/[^a-z0-9]+/g, '-') : `kubeadm-${options.log.replace(/[^a-z0-9]+/g, '-')}`}.log`;
    const r = await host.exec(argv, { doing, timeoutMs, allowFailure: true });
    const stdout = redact(r.stdout).replace(ANSI, '');
    const stderr = redact(r.stderr).replace(ANSI, '');
    const whole = `# ${redact(argv.join(' '))}\n# exit ${r.code ?? r.signal ?? 'killed'} after ${(r.ms / 1000).toFixed(1)} s\n${stdout}${stderr === '' ? '' : `\n# stderr\n${stderr}`}`;
    // Best effort: when the log cannot be written, kubeadm's own failure is still the error to report.
    await host.writeFiles([{ path: log, data: whole, mode: 0o600 }]).catch(() => { });
    if (r.code === 0)
        return;
    throw new KubehaError(describeFailure(verb, r.code, r.signal, kubeadmFailure(stdout, stderr), log), {
        doing,
        host: host.name,
        command: argv,
        output: tail(`${stdout.trim()}${stderr === '' ? '' : `\n${stderr.trim()}`}`, 20),
    });
}
//# sourceMappingURL=run-kubeadm.js.map