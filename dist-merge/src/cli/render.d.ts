import type { EventSink } from '../events.js';
export type OutputFormat = 'text' | 'json';
export declare function renderer(format: OutputFormat): EventSink;
