import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { loadCluster } from '../config/cluster.js';
import { demoClusterYaml } from '../config/demo-cluster.js';
import { INIT_CONFIG_PATH } from '../engines/kubeadm/config.js';
import { encrypt, decodeCertificateKey } from '../kubeadm/copycerts/crypto.js';
import { readJoinSecretsState, RENEW_MARGIN_MS } from './join-secrets-state.js';
const TOKEN = 'abcdef.0123456789abcdef';
const KEY = 'ab'.repeat(32);
const TOKEN_EXPIRES = Date.parse('2026-12-02T12:00:00Z');
const CERTS_EXPIRE = Date.parse('2026-12-01T14:00:00Z');
/**
 * The first control plane of a cluster whose token and uploaded certificates are present, with their
 * expirations: the Secrets stay until the token cleaner and the garbage collector remove them, so kubeha
 * must judge them by the clock, not by their presence.
 */
async function context() {
    const ca = await readFile(new URL('../../../src/kubeadm/pki/testdata/ca.crt', import.meta.url));
    const b64 = (s) => Buffer.from(s).toString('base64');
    const secrets = {
        'bootstrap-token-abcdef': { data: { expiration: b64(new Date(TOKEN_EXPIRES).toISOString()) } },
        'bootstrap-token-certs1': { data: { expiration: b64(new Date(CERTS_EXPIRE).toISOString()) } },
        'kubeadm-certs': { metadata: { ownerReferences: [{ name: 'bootstrap-token-certs1' }] }, data: { 'ca.crt': encrypt(ca, decodeCertificateKey(KEY)).toString('base64') } },
    };
    const files = {
        [INIT_CONFIG_PATH]: stringify({ apiVersion: 'kubeadm.k8s.io/v1beta4', kind: 'InitConfiguration', bootstrapTokens: [{ token: TOKEN }], certificateKey: KEY }),
        '/etc/kubernetes/pki/ca.crt': ca,
    };
    const host = {
        name: 'cp1',
        exec: async (argv) => {
            const i = argv.indexOf('secret');
            const secret = i < 0 ? undefined : secrets[argv[i + 1]];
            return { code: 0, stdout: secret === undefined ? '' : JSON.stringify(secret), stderr: '', ms: 0 };
        },
        readFile: async (path) => (files[path] === undefined ? undefined : Buffer.from(files[path])),
        writeFiles: async () => assert.fail('reading the join secrets writes nothing'),
        close: async () => { },
    };
    const loaded = loadCluster(demoClusterYaml());
    return { cluster: loaded.cluster, hosts: { get: async () => host } };
}
test('a present token and certificate key count by their expiration on the clock given', async () => {
    const ctx = await context();
    const early = await readJoinSecretsState(ctx, CERTS_EXPIRE - 3_600_000);
    assert.deepEqual([early.tokenAlive, early.certsAlive, early.tokenExpires, early.certsExpire], [true, true, TOKEN_EXPIRES, CERTS_EXPIRE]);
    // Inside the renewal margin the certificates count as expired (a join must not race the garbage collector).
    const certsClose = await readJoinSecretsState(ctx, CERTS_EXPIRE - RENEW_MARGIN_MS + 1);
    assert.deepEqual([certsClose.tokenAlive, certsClose.certsAlive], [true, false]);
    // Both past their expiration while their Secrets are still there.
    const late = await readJoinSecretsState(ctx, TOKEN_EXPIRES + 60_000);
    assert.deepEqual([late.tokenAlive, late.certsAlive, late.token, late.certificateKey], [false, false, TOKEN, KEY]);
    const tokenClose = await readJoinSecretsState(ctx, TOKEN_EXPIRES - RENEW_MARGIN_MS + 1);
    assert.equal(tokenClose.tokenAlive, false);
});
//# sourceMappingURL=join-secrets-state.test.js.map