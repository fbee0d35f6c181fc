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
import type { EncryptionAlgorithm } from '../src/kubeadm/pki/keys.js';

import { KUBEADM, kubeadmConfig, kubehaInputs } from '../test/e2e/pki-inputs.js';

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
