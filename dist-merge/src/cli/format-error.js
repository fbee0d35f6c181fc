import { KubehaError } from '../errors.js';
import { redact } from '../util/redact.js';
/** A broken file can have thousands of issues (a 5 MB one printed 13 MB): the first ones say enough. */
export const MAX_ISSUES_SHOWN = 20;
/** Formats any thrown value once, for the terminal: what was being done, where, the output, the cause. */
export function formatError(err, verbose = false) {
    const lines = [];
    if (err instanceof KubehaError) {
        const where = err.context.host ? ` on ${err.context.host}` : '';
        lines.push(`error: ${err.context.doing}${where}: ${err.message}`);
        const issues = err.context.issues ?? [];
        if (!(issues.length === 1 && err.message === `${issues[0].path}: ${issues[0].message}`)) {
            for (const issue of issues.slice(0, MAX_ISSUES_SHOWN))
                lines.push(`  - ${issue.path}: ${issue.message}`);
            if (issues.length > MAX_ISSUES_SHOWN)
                lines.push(`  … and ${issues.length - MAX_ISSUES_SHOWN} more`);
        }
        if (err.context.command)
            lines.push(`  command: ${err.context.command.join(' ')}`);
        if (err.context.output)
            lines.push('  output:', ...err.context.output.split('\n').map((l) => `    ${l}`));
        let cause = err.cause;
        let shown = err.message;
        while (cause !== undefined) {
            if (cause instanceof KubehaError) {
                // A wrapper that only adds what was being done: say so without repeating the message.
                const same = cause.message === shown;
                lines.push(`  ${same ? 'while' : 'caused by'}: ${cause.context.doing}${cause.context.host ? ` on ${cause.context.host}` : ''}${same ? '' : `: ${cause.message}`}`);
                shown = cause.message;
            }
            else if (cause instanceof Error) {
                lines.push(`  caused by: ${cause.message}`);
            }
            else {
                lines.push(`  caused by: ${String(cause)}`);
            }
            cause = cause instanceof Error ? cause.cause : undefined;
        }
    }
    else if (err instanceof Error) {
        lines.push(`error: ${err.message}`);
    }
    else {
        lines.push(`error: ${String(err)}`);
    }
    if (verbose && err instanceof Error && err.stack)
        lines.push(err.stack);
    return redact(lines.join('\n'));
}
export function exitCodeOf(err) {
    return err instanceof KubehaError ? err.exitCode : 1;
}
//# sourceMappingURL=format-error.js.map