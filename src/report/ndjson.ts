import type { EventSink } from '../events.js';
import { redact } from '../util/redact.js';

/** One JSON object per line: the machine-readable form of `--output json`. */
export function ndjsonRenderer(write: (line: string) => void): EventSink {
  return (event) => write(`${redact(JSON.stringify(event))}\n`);
}
