import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { formatError, MAX_ISSUES_SHOWN } from '../cli/format-error.js';
import { main } from '../cli/main.js';
import { loadCluster } from './cluster.js';
// Each test/fixtures/invalid-clusters/NAME.yaml is a cluster file kubeha must refuse; its first line names the
// field its one error names (`# expect: spec.networking.podSubnet`), or how many problems it has (`30 problems`).
const CORPUS = fileURLToPath(new URL('../../../test/fixtures/invalid-clusters/', import.meta.url));
// The exact count: a missing file must fail the test, not pass with fewer cases.
const CORPUS_CASES = 91;
const cases = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
    const path = join(CORPUS, file);
    const text = readFileSync(path, 'utf8');
    const expect = /^# expect: (.+)$/m.exec(text)?.[1];
    if (expect === undefined)
        throw new Error(`${file} has no "# expect:" line`);
    const many = /^(\d+) problems$/.exec(expect);
    return { file, path, text, ...(many ? { problems: Number(many[1]) } : { field: expect }) };
});
test(`the corpus has exactly ${CORPUS_CASES} bad cluster files`, () => {
    assert.equal(cases.length, CORPUS_CASES, cases.map((c) => c.file).join(' '));
});
for (const c of cases) {
    test(`refuses ${c.file}: ${c.field ?? `${c.problems} problems`}`, () => {
        let error;
        try {
            loadCluster(c.text, c.path);
        }
        catch (e) {
            error = e;
        }
        assert.ok(error instanceof InputError, `${c.file} was accepted`);
        assert.equal(error.exitCode, 2);
        assert.equal(error.context.file, c.path);
        const issues = error.context.issues ?? [];
        const shown = formatError(error);
        assert.ok(shown.includes(c.path), shown);
        if (c.field !== undefined) {
            assert.deepEqual(issues.map((i) => i.path), [c.field], JSON.stringify(issues));
            assert.ok(shown.startsWith(`error: `) && shown.split('\n').length === 1 && shown.includes(`${c.field}: `), shown);
        }
        else {
            assert.equal(issues.length, c.problems);
            const lines = shown.split('\n');
            assert.equal(lines.length, 1 + MAX_ISSUES_SHOWN + 1, shown);
            assert.equal(lines.at(-1), `  … and ${c.problems - MAX_ISSUES_SHOWN} more`);
        }
    });
}
test('the CLI refuses every case with exit code 2, naming the file and the field, before contacting any host', async () => {
    const connects = [];
    const connect = net.Socket.prototype.connect;
    const write = process.stderr.write.bind(process.stderr);
    let stderr = '';
    net.Socket.prototype.connect = function (...args) {
        connects.push(JSON.stringify(args[0]));
        throw new Error('a refused cluster file must not lead to any connection');
    };
    process.stderr.write = ((chunk) => {
        stderr += chunk.toString();
        return true;
    });
    try {
        for (const c of cases) {
            for (const command of [['plan'], ['up'], ['status'], ['remove', 'w1'], ['reset', '--all'], ['upgrade', '--to', 'v1.37.2']]) {
                stderr = '';
                const code = await main([command[0], '-f', c.path, ...command.slice(1)]);
                assert.equal(code, 2, `${command.join(' ')} ${c.file}: ${stderr}`);
                assert.ok(stderr.includes(c.path) && stderr.includes(c.field ?? 'problems found'), `${command.join(' ')} ${c.file}: ${stderr}`);
            }
        }
    }
    finally {
        net.Socket.prototype.connect = connect;
        process.stderr.write = write;
    }
    assert.deepEqual(connects, []);
});
//# sourceMappingURL=corpus.test.js.map