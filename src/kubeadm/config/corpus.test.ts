import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { loadKubeadmConfig } from './load.js';

// Each test/fixtures/invalid-configs/NAME.yaml must be rejected with exactly the paths in NAME.expect.json.
const CORPUS = join(process.cwd(), 'test/fixtures/invalid-configs');
const cases = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

test('the corpus has at least 30 invalid configs', () => {
  assert.ok(cases.length >= 30, `${cases.length} cases`);
});

for (const file of cases) {
  const name = file.replace(/\.yaml$/, '');
  test(`rejects ${name}`, () => {
    const expected = (JSON.parse(readFileSync(join(CORPUS, `${name}.expect.json`), 'utf8')) as { paths: string[] }).paths;
    const text = readFileSync(join(CORPUS, file), 'utf8').replaceAll('@TMP@', '/tmp');
    let error: unknown;
    try {
      loadKubeadmConfig(text);
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof InputError, `${name} was accepted`);
    const paths = [...new Set((error.context.issues ?? []).map((i) => i.path))].sort();
    assert.deepEqual(paths, [...expected].sort(), JSON.stringify(error.context.issues));
  });
}
