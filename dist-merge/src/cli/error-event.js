import { CommanderError } from 'commander';
import { InputError, InterruptedError, KubehaError, PreconditionError, CommandError } from '../errors.js';
import { exitCodeOf, MAX_ISSUES_SHOWN } from './format-error.js';
function codeOf(err) {
    if (err instanceof CommanderError)
        return 'usage';
    if (err instanceof InputError)
        return 'input';
    if (err instanceof InterruptedError)
        return 'interrupted';
    if (err instanceof PreconditionError)
        return 'precondition';
    if (err instanceof CommandError)
        return 'command';
    if (err instanceof KubehaError)
        return 'failed';
    return 'internal';
}
/** Any thrown value as the one NDJSON line `-o json` ends with: what, where (file, field, host), the first problems. */
export function errorEvent(err) {
    const exitCode = err instanceof CommanderError ? 2 : exitCodeOf(err);
    const message = err instanceof CommanderError ? err.message.replace(/^error: /, '') : err instanceof Error ? err.message : String(err);
    const event = { type: 'error', code: codeOf(err), exitCode, message };
    if (!(err instanceof KubehaError))
        return event;
    const { doing, file, host, issues = [] } = err.context;
    return {
        ...event,
        doing,
        ...(file === undefined ? {} : { file }),
        ...(host === undefined ? {} : { host }),
        ...(err instanceof InputError && issues.length === 1 && issues[0].path !== file ? { field: issues[0].path } : {}),
        ...(issues.length > 1 ? { issues: issues.slice(0, MAX_ISSUES_SHOWN).map((i) => ({ ...i })) } : {}),
        ...(issues.length > MAX_ISSUES_SHOWN ? { more: issues.length - MAX_ISSUES_SHOWN } : {}),
    };
}
/** Whether argv asks for `-o json` (also when commander refused the command line before any action ran). */
export function wantsJson(argv) {
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--')
            return false;
        if ((a === '-o' || a === '--output') && argv[i + 1] === 'json')
            return true;
        if (a === '-ojson' || a === '--output=json')
            return true;
    }
    return false;
}
//# sourceMappingURL=error-event.js.map