import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { clusterJsonSchema } from './cluster.js';
test('the published JSON Schema (schema/cluster.schema.json) is current', async () => {
    const published = JSON.parse(await readFile(new URL('../../../schema/cluster.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(published, clusterJsonSchema(), 'run: npx kubeha schema > schema/cluster.schema.json');
});
//# sourceMappingURL=schema-file.test.js.map