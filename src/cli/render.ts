import type { EventSink } from '../events.js';
import { ndjsonRenderer } from '../report/ndjson.js';
import { textRenderer } from '../report/tty.js';

export type OutputFormat = 'text' | 'json';

export function renderer(format: OutputFormat): EventSink {
  const write = (line: string) => process.stderr.write(line);
  return format === 'json' ? ndjsonRenderer((l) => process.stdout.write(l)) : textRenderer(write);
}
