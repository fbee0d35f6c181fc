import type { ErrorEvent } from '../events.js';
/** Any thrown value as the one NDJSON line `-o json` ends with: what, where (file, field, host), the first problems. */
export declare function errorEvent(err: unknown): Omit<ErrorEvent, 'at'>;
/** Whether argv asks for `-o json` (also when commander refused the command line before any action ran). */
export declare function wantsJson(argv: readonly string[]): boolean;
