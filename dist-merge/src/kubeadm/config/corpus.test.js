import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { loadKubeadmConfig } from './load.js';
// Each test/fixtures/invalid-configs/NAME.yaml must be rejected with exactly the paths in NAME.expect.json.
const CORPUS = join(process.cwd(), 'test/fixtures/invalid-configs');
const cases = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
// The exact count: a missing file (or a missing checkout of the fixtures) must fail, not pass with fewer cases.
const CORPUS_CASES = 49;
test(`the corpus has exactly ${CORPUS_CASES} invalid configs, each with its expectation`, () => {
    assert.equal(cases.length, CORPUS_CASES, cases.join(' '));
    for (const file of cases)
        assert.ok(existsSync(join(CORPUS, file.replace(/\.yaml$/, '.expect.json'))), `${file} has no .expect.json`);
});
for (const file of cases) {
    const name = file.replace(/\.yaml$/, '');
    test(`rejects ${name}`, () => {
        const expected = JSON.parse(readFileSync(join(CORPUS, `${name}.expect.json`), 'utf8')).paths;
        const text = readFileSync(join(CORPUS, file), 'utf8').replaceAll('@TMP@', '/tmp');
        let error;
        try {
            loadKubeadmConfig(text);
        }
        catch (e) {
            error = e;
        }
        assert.ok(error instanceof InputError, `${name} was accepted`);
        const paths = [...new Set((error.context.issues ?? []).map((i) => i.path))].sort();
        assert.deepEqual(paths, [...expected].sort(), JSON.stringify(error.context.issues));
    });
}
//# sourceMappingURL=corpus.test.js.map