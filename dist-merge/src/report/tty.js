import { redact } from '../util/redact.js';
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
function line(event) {
    const where = 'host' in event && event.host ? ` [${event.host}]` : '';
    switch (event.type) {
        case 'step-start':
            return `… ${event.title}${where}`;
        case 'step-done':
            return `✓ ${event.step}${where} ${seconds(event.ms)}`;
        case 'step-skip':
            return `· ${event.step}${where} ${event.reason}`;
        case 'step-fail':
            return `✗ ${event.step}${where} ${seconds(event.ms)}: ${event.error}`;
        case 'progress':
            return `  ${event.scope}: ${event.message}${event.elapsedMs === undefined ? '' : ` (${seconds(event.elapsedMs)})`}`;
        case 'log':
            return event.level === 'debug' ? undefined : `${event.level === 'warn' ? 'warning: ' : ''}${event.message}${where}`;
        case 'result':
            return `${event.name}: ${event.value}`;
        case 'error':
            return `error: ${event.doing === undefined ? '' : `${event.doing}: `}${event.message}`;
    }
}
/** One line per step and host, with timings: the human form of progress. */
export function textRenderer(write) {
    return (event) => {
        const text = line(event);
        if (text !== undefined)
            write(`${redact(text)}\n`);
    };
}
//# sourceMappingURL=tty.js.map