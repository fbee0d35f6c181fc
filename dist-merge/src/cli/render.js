import { ndjsonRenderer } from '../report/ndjson.js';
import { textRenderer } from '../report/tty.js';
export function renderer(format) {
    const write = (line) => process.stderr.write(line);
    return format === 'json' ? ndjsonRenderer((l) => process.stdout.write(l)) : textRenderer(write);
}
//# sourceMappingURL=render.js.map