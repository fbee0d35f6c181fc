import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { deleteKubeconfigContext, exportKubeconfig, kubeconfigPathForMerge, kubeconfigPaths, mergeKubeconfig, renameAdminKubeconfig } from './kubeconfig-export.js';
/** The shape kubeadm writes /etc/kubernetes/admin.conf in. */
function adminConf(server, cert = 'Y2VydA==') {
    return stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'kubernetes', cluster: { server, 'certificate-authority-data': 'Y2E=' } }],
        users: [{ name: 'kubernetes-admin', user: { 'client-certificate-data': cert, 'client-key-data': 'a2V5' } }],
        contexts: [{ name: 'kubernetes-admin@kubernetes', context: { cluster: 'kubernetes', user: 'kubernetes-admin' } }],
        'current-context': 'kubernetes-admin@kubernetes',
        preferences: {},
    });
}
const otherConfig = stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'kind-dev', cluster: { server: 'https://127.0.0.1:40000' } }],
    users: [{ name: 'kind-dev', user: { token: 'abc' } }],
    contexts: [{ name: 'kind-dev', context: { cluster: 'kind-dev', user: 'kind-dev', namespace: 'apps' } }],
    'current-context': 'kind-dev',
    preferences: { colors: true },
});
const read = async (path) => parse(await readFile(path, 'utf8'));
async function scratch(t) {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-kubeconfig-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    return dir;
}
test('the admin kubeconfig renamed kubeha-<name>: cluster, user and context, and current', () => {
    const out = parse(renameAdminKubeconfig(adminConf('https://10.0.0.10:6443'), 'prod'));
    assert.deepEqual(out.clusters.map((c) => [c.name, c.cluster.server]), [['kubeha-prod', 'https://10.0.0.10:6443']]);
    assert.deepEqual(out.users.map((u) => u.name), ['kubeha-prod']);
    assert.deepEqual(out.contexts, [{ name: 'kubeha-prod', context: { cluster: 'kubeha-prod', user: 'kubeha-prod' } }]);
    assert.equal(out['current-context'], 'kubeha-prod');
    assert.throws(() => renameAdminKubeconfig('apiVersion: v1\nkind: Config\n', 'prod', '/x/admin.conf'), /\/x\/admin\.conf has no context/);
});
test('a merge keeps the other contexts and preferences, and a second export replaces the first', () => {
    const once = mergeKubeconfig(otherConfig, renameAdminKubeconfig(adminConf('https://10.0.0.10:6443'), 'prod'));
    const twice = parse(mergeKubeconfig(once, renameAdminKubeconfig(adminConf('https://10.0.0.20:6443', 'bmV3'), 'prod')));
    assert.deepEqual(twice.contexts.map((c) => c.name), ['kind-dev', 'kubeha-prod']);
    assert.deepEqual(twice.contexts[0], { name: 'kind-dev', context: { cluster: 'kind-dev', user: 'kind-dev', namespace: 'apps' } });
    assert.deepEqual(twice.clusters.map((c) => [c.name, c.cluster.server]), [['kind-dev', 'https://127.0.0.1:40000'], ['kubeha-prod', 'https://10.0.0.20:6443']]);
    assert.deepEqual(twice.users.map((u) => [u.name, u.user['client-certificate-data'] ?? u.user['token']]), [['kind-dev', 'abc'], ['kubeha-prod', 'bmV3']]);
    assert.equal(twice['current-context'], 'kubeha-prod');
    assert.deepEqual(twice.preferences, { colors: true });
    // Into no file at all: a complete kubeconfig.
    const fresh = parse(mergeKubeconfig(undefined, renameAdminKubeconfig(adminConf('https://10.0.0.10:6443'), 'prod')));
    assert.equal(fresh.apiVersion, 'v1');
    assert.equal(fresh.kind, 'Config');
    assert.equal(fresh.contexts.length, 1);
});
test('the file to merge into is kubectl\'s: --kubeconfig, else the first existing KUBECONFIG file (else its last), else ~/.kube/config', async (t) => {
    const dir = await scratch(t);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(dir, n));
    assert.deepEqual(kubeconfigPaths(undefined, { HOME: '/home/u' }), ['/home/u/.kube/config']);
    assert.deepEqual(kubeconfigPaths(undefined, { HOME: '/home/u', KUBECONFIG: `${a}::${b}:${a}` }), [a, b]);
    assert.equal(kubeconfigPathForMerge('/explicit', { KUBECONFIG: a }), '/explicit');
    assert.equal(kubeconfigPathForMerge(undefined, { KUBECONFIG: `${a}:${b}:${c}` }), c, 'none exists: the last');
    await writeFile(b, otherConfig);
    await writeFile(c, otherConfig);
    assert.equal(kubeconfigPathForMerge(undefined, { KUBECONFIG: `${a}:${b}:${c}` }), b, 'the first that exists');
    assert.equal(kubeconfigPathForMerge(undefined, { KUBECONFIG: a }), a, 'a single file, existing or not');
});
test('export writes 0600 atomically into KUBECONFIG\'s file; delete removes only its own entries, from every file', async (t) => {
    const dir = await scratch(t);
    const admin = join(dir, 'kubeha-prod.conf');
    await writeFile(admin, adminConf('https://10.0.0.10:6443'), { mode: 0o600 });
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    await writeFile(second, otherConfig, { mode: 0o644 });
    const env = { KUBECONFIG: `${first}:${second}`, HOME: dir };
    const result = await exportKubeconfig('prod', { adminKubeconfigPath: admin, env });
    assert.deepEqual(result, { path: second, context: 'kubeha-prod' });
    assert.equal((await stat(second)).mode & 0o777, 0o600);
    const merged = await read(second);
    assert.deepEqual(merged.contexts.map((c) => c.name), ['kind-dev', 'kubeha-prod']);
    assert.equal(merged['current-context'], 'kubeha-prod');
    assert.deepEqual((await readdir(dir)).sort(), ['kubeha-prod.conf', 'second'], 'no temporary file or lock left');
    // Another file of the list holding an older export of the same cluster loses it too.
    await writeFile(first, renameAdminKubeconfig(adminConf('https://10.0.0.99:6443'), 'prod'), { mode: 0o600 });
    assert.deepEqual(await deleteKubeconfigContext('prod', { env }), [first, second]);
    const after = await read(second);
    assert.deepEqual(after.contexts.map((c) => c.name), ['kind-dev']);
    assert.deepEqual(after.clusters.map((c) => c.name), ['kind-dev']);
    assert.deepEqual(after.users.map((u) => u.name), ['kind-dev']);
    assert.equal(after['current-context'], '', 'kubectl has no current context rather than a dangling one');
    assert.deepEqual((await read(first)).contexts, []);
    assert.deepEqual(await deleteKubeconfigContext('prod', { env }), [], 'a second delete has nothing to do');
    // A current context of someone else's stays current.
    await writeFile(second, otherConfig);
    await exportKubeconfig('prod', { adminKubeconfigPath: admin, kubeconfigPath: second });
    const other = await read(second);
    other['current-context'] = 'kind-dev';
    await writeFile(second, stringify(other));
    await deleteKubeconfigContext('prod', { kubeconfigPath: second });
    assert.equal((await read(second))['current-context'], 'kind-dev');
});
test('export without an admin kubeconfig says to run up; a held lock is named', async (t) => {
    const dir = await scratch(t);
    await assert.rejects(exportKubeconfig('prod', { adminKubeconfigPath: join(dir, 'missing.conf'), kubeconfigPath: join(dir, 'config') }), /missing\.conf does not exist: run `kubeha up` for cluster prod first/);
    const admin = join(dir, 'admin.conf');
    await writeFile(admin, adminConf('https://10.0.0.10:6443'));
    await writeFile(join(dir, 'config.lock'), '');
    await assert.rejects(exportKubeconfig('prod', { adminKubeconfigPath: admin, kubeconfigPath: join(dir, 'config') }), /config\.lock exists: another program is writing/);
});
//# sourceMappingURL=kubeconfig-export.test.js.map