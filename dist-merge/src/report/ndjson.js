import { redact } from '../util/redact.js';
/** One JSON object per line: the machine-readable form of `--output json`. */
export function ndjsonRenderer(write) {
    return (event) => write(`${redact(JSON.stringify(event))}\n`);
}
//# sourceMappingURL=ndjson.js.map