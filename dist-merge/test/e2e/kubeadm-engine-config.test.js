// The configs the kubeadm engine writes are accepted by the real kubeadm (`kubeadm config validate`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { artifactsDir } from '../../src/artifacts/layout.js';
import { loadCluster } from '../../src/config/cluster.js';
import { initConfig, joinConfig } from '../../src/engines/kubeadm/config.js';
import { run } from '../../src/util/process.js';
const kubeadm = process.env['KUBEHA_TEST_KUBEADM'] ?? join(artifactsDir(), 'bin', 'kubeadm');
for (const topology of ['stacked', 'external']) {
    test(`real kubeadm accepts the ${topology} init and join configs`, async (t) => {
        const dir = await mkdtemp(join(tmpdir(), 'kubeha-kcfg-'));
        t.after(() => rm(dir, { recursive: true, force: true }));
        const hosts = [
            { name: 'lb1', address: '10.250.7.10', role: 'load-balancer' },
            { name: 'cp1', address: '10.250.7.11', role: 'control-plane' },
            { name: 'cp2', address: '10.250.7.12', role: 'control-plane' },
            { name: 'w1', address: '10.250.7.21', role: 'worker' },
            ...(topology === 'external' ? [{ name: 'etcd1', address: '10.250.7.31', role: 'etcd' }] : []),
        ];
        const { cluster, endpoint } = loadCluster(stringify({ apiVersion: 'kubeha.dev/v1alpha1', kind: 'Cluster', metadata: { name: 'demo' }, spec: { topology, hosts } }));
        const secrets = { token: 'abcdef.0123456789abcdef', caCertHash: `sha256:${'b'.repeat(64)}`, certificateKey: 'a'.repeat(64) };
        const files = {
            init: initConfig(cluster, endpoint, cluster.spec.hosts[1], secrets),
            joinCp: joinConfig(cluster, endpoint, cluster.spec.hosts[2], secrets),
            joinWorker: joinConfig(cluster, endpoint, cluster.spec.hosts[3], secrets),
        };
        for (const [name, text] of Object.entries(files)) {
            const path = join(dir, `${name}.yaml`);
            await writeFile(path, text);
            const r = await run([kubeadm, 'config', 'validate', '--config', path], { allowFailure: true });
            assert.equal(r.code, 0, `${name}: ${r.stdout}${r.stderr}`);
        }
    });
}
//# sourceMappingURL=kubeadm-engine-config.test.js.map