// kubeha PKI + kubeconfigs vs real `kubeadm init phase certs all && kubeadm init phase kubeconfig all`, same inputs.
// Run: npm run bench pki [-- --runs N]   (each side N times, default 5, for RSA-2048 and ECDSA-P256; prints every
// run, the medians and their ratio, and one RESULT line per algorithm: kubeha/kubeadm ≤ 0.5). Wall-clock times: on a
// loaded machine they say little, so the CPU load average is printed next to them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/util/process.js';
import { LocalHost } from '../src/transport/local.js';
import { ensurePki } from '../src/kubeadm/pki/pki.js';
import { ensureKubeconfigs } from '../src/kubeadm/kubeconfig/kubeconfig.js';
import { pkiDefaults } from '../src/kubeadm/pki/certlist.js';
import { KUBEADM, kubeadmConfig, kubehaInputs } from '../test/e2e/pki-inputs.js';
async function once(algorithm) {
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
    }
    finally {
        await rm(root, { recursive: true, force: true });
    }
}
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 5 : Number(process.argv[runsFlag + 1]);
if (!Number.isInteger(runs) || runs < 1)
    throw new Error('--runs takes a positive integer');
const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const results = [];
for (const algorithm of ['RSA-2048', 'ECDSA-P256']) {
    const kubeha = [];
    const kubeadm = [];
    for (let i = 0; i < runs; i++) {
        const r = await once(algorithm);
        kubeha.push(r.kubeha);
        kubeadm.push(r.kubeadm);
        process.stdout.write(`${algorithm} run ${i + 1}: kubeha ${r.kubeha.toFixed(0)} ms, kubeadm ${r.kubeadm.toFixed(0)} ms (load ${loadavg()[0].toFixed(1)})\n`);
    }
    const ratio = median(kubeha) / median(kubeadm);
    process.stdout.write(`${algorithm}: median kubeha ${median(kubeha).toFixed(0)} ms, kubeadm ${median(kubeadm).toFixed(0)} ms, ratio ${ratio.toFixed(2)}\n`);
    const name = algorithm === 'RSA-2048' ? 'pki-ratio-rsa2048' : 'pki-ratio-ecdsa-p256';
    results.push(`RESULT ${name} ${ratio.toFixed(2)} <=0.5 ${ratio <= 0.5 ? 'pass' : 'fail'}`);
}
for (const line of results)
    process.stdout.write(`${line}\n`);
//# sourceMappingURL=pki.js.map