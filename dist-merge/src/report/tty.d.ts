import type { EventSink } from '../events.js';
/** One line per step and host, with timings: the human form of progress. */
export declare function textRenderer(write: (line: string) => void): EventSink;
