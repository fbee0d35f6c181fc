import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ndjsonRenderer } from './ndjson.js';
import { textRenderer } from './tty.js';
test('renderers withhold secrets that slipped into free text', () => {
    const out = [];
    const ev = { type: 'log', level: 'info', message: 'token abcdef.0123456789abcdef', at: 1 };
    ndjsonRenderer((l) => out.push(l))(ev);
    textRenderer((l) => out.push(l))(ev);
    assert.ok(out.every((l) => !l.includes('0123456789abcdef')));
    assert.deepEqual(JSON.parse(out[0]).type, 'log');
});
test('text lines carry step, host and time', () => {
    const out = [];
    textRenderer((l) => out.push(l))({ type: 'step-done', step: 'join/control-plane', host: 'cp2', ms: 12345, changed: true, at: 0 });
    assert.equal(out[0], '✓ join/control-plane [cp2] 12.3s\n');
});
//# sourceMappingURL=report.test.js.map