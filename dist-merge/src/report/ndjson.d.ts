import type { EventSink } from '../events.js';
/** One JSON object per line: the machine-readable form of `--output json`. */
export declare function ndjsonRenderer(write: (line: string) => void): EventSink;
