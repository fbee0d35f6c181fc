import { redact } from './util/redact.js';
/** An EventSink that drops everything, for callers that do not care. */
export const silent = () => { };
function redactValue(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map(redactValue);
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v)]));
    return value;
}
/** The event with every text in it redacted: what any sink, the SDK caller's included, may see. */
export function redactEvent(event) {
    return redactValue(event);
}
/**
 * Stamps events with the time they were emitted and redacts them. Every library module emits through this, so no
 * sink handed to the SDK receives a secret, whatever the operation put into a message.
 */
export function emitter(sink) {
    return (event) => sink(redactEvent({ ...event, at: Date.now() }));
}
//# sourceMappingURL=events.js.map