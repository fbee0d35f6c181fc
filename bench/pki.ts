// kubeha PKI + kubeconfigs vs real `kubeadm init phase certs all && kubeadm init phase kubeconfig all`, same inputs.
// Run: node dist/bench/pki.js   (prints ms for each and the ratio, RSA-2048 and ECDSA-P256)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/util/process.js';
import { LocalHost } from '../src/transport/local.js';
import { ensurePki } from '../src/kubeadm/pki/pki.js';
import { ensureKubeconfigs } from '../src/kubeadm/kubeconfig/kubeconfig.js';
import { pkiDefaults } from '../src/kubeadm/pki/certlist.js';
import type { PkiInputs } from '../src/kubeadm/pki/certlist.js';
import type { EncryptionAlgorithm } from '../src/kubeadm/pki/keys.js';

// Same inputs as test/e2e/kubeadm-compat.test.ts (importing it would run its tests).
const KUBEADM = '/root/.cache/kubeha/build/k8s-v1.37.2/out/kubeadm';

function kubeadmConfig(opts: { certDir: string; algorithm: EncryptionAlgorithm; externalEtcd: boolean }): string {
  const etcd = opts.externalEtcd
    ? 'etcd:\n  external:\n    endpoints: ["https://127.0.0.1:2379"]\n    caFile: /tmp/none/ca.crt\n    certFile: /tmp/none/c.crt\n    keyFile: /tmp/none/c.key\n'
    : 'etcd:\n  local:\n    serverCertSANs: ["etcd-z", "10.1.1.1"]\n    peerCertSANs: ["etcd-p"]\n';
  return `apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: 10.250.7.11
  bindPort: 6443
nodeRegistration:
  name: cp1
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.37.2
controlPlaneEndpoint: "lb.example.test:6443"
certificatesDir: ${opts.certDir}
encryptionAlgorithm: ${opts.algorithm}
apiServer:
  certSANs: ["zeta.example", "10.250.7.100", "alpha.example", "10.250.7.11", "kubernetes"]
${etcd}`;
}

function kubehaInputs(certDir: string, algorithm: EncryptionAlgorithm, externalEtcd: boolean): PkiInputs {
  return {
    ...pkiDefaults,
    nodeName: 'cp1',
    advertiseAddress: '10.250.7.11',
    controlPlaneEndpoint: 'lb.example.test:6443',
    certSANs: ['zeta.example', '10.250.7.100', 'alpha.example', '10.250.7.11', 'kubernetes'],
    etcdServerSANs: externalEtcd ? [] : ['etcd-z', '10.1.1.1'],
    etcdPeerSANs: externalEtcd ? [] : ['etcd-p'],
    encryptionAlgorithm: algorithm,
    externalEtcd,
    certificatesDir: certDir,
  };
}

async function once(algorithm: EncryptionAlgorithm): Promise<{ kubeha: number; kubeadm: number }> {
  const root = await mkdtemp(join(tmpdir(), 'kubeha-bench-'));
  try {
    const cfg = join(root, 'cfg.yaml');
    await writeFile(cfg, kubeadmConfig({ certDir: join(root, 'kubeadm-pki'), algorithm, externalEtcd: false }));
    let t = performance.now();
    await run([KUBEADM, 'init', 'phase', 'certs', 'all', '--config', cfg]);
    await run([KUBEADM, 'init', 'phase', 'kubeconfig', 'all', '--config', cfg, '--kubeconfig-dir', join(root, 'kubeadm-kc')]);
    const kubeadm = performance.now() - t;
    t = performance.now();
    const certDir = join(root, 'kubeha-pki');
    await ensurePki(new LocalHost(), kubehaInputs(certDir, algorithm, false));
    await ensureKubeconfigs(new LocalHost(), {
      nodeName: 'cp1', advertiseAddress: '10.250.7.11', bindPort: 6443, controlPlaneEndpoint: 'lb.example.test:6443', clusterName: 'kubernetes',
      encryptionAlgorithm: algorithm, certificateValidityPeriod: pkiDefaults.certificateValidityPeriod, certificatesDir: certDir, kubeconfigDir: join(root, 'kubeha-kc'),
    });
    return { kubeha: performance.now() - t, kubeadm };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

for (const algorithm of ['RSA-2048', 'ECDSA-P256'] as const) {
  const r = await once(algorithm);
  process.stdout.write(`${algorithm}: kubeha ${r.kubeha.toFixed(0)} ms, kubeadm ${r.kubeadm.toFixed(0)} ms, ratio kubeha/kubeadm ${(r.kubeha / r.kubeadm).toFixed(2)}\n`);
}
