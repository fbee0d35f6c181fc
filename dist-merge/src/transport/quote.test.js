import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { quoteArgv } from './quote.js';
test('quoted argv survives a real shell unchanged', () => {
    const argv = ['printf', '%s\\n', "it's", 'a b', '$(id)', '`x`', '"q"', '', 'semi;colon', 'back\\slash', 'new\nline'];
    const r = spawnSync('sh', ['-c', quoteArgv(argv)], { encoding: 'utf8' });
    assert.equal(r.stdout, argv.slice(2).map((a) => `${a}\n`).join(''));
});
test('safe words stay readable', () => {
    assert.equal(quoteArgv(['kubeadm', 'join', '10.0.0.1:6443', '--token=abc']), 'kubeadm join 10.0.0.1:6443 --token=abc');
});
//# sourceMappingURL=quote.test.js.map