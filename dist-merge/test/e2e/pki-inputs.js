// The same inputs for kubeha and the real kubeadm, shared by the compatibility test and the PKI benchmark, and the
// kubeadm config header the other tests that feed one config to both start from.
import { join } from 'node:path';
import { artifactsDir } from '../../src/artifacts/layout.js';
import { pkiDefaults } from '../../src/kubeadm/pki/certlist.js';
export const KUBEADM = join(artifactsDir(), 'bin', 'kubeadm');
/**
 * The start of a kubeadm v1beta4 config: the whole InitConfiguration (`init`: further lines of it), then the
 * ClusterConfiguration's kubernetesVersion (always set: without it kubeadm looks the version up on the internet),
 * certificatesDir and controlPlaneEndpoint; the caller appends the rest of the ClusterConfiguration.
 */
export function kubeadmConfigHeader(opts) {
    const bindPort = opts.bindPort === undefined ? '' : `  bindPort: ${opts.bindPort}\n`;
    const endpoint = opts.controlPlaneEndpoint === undefined ? '' : `controlPlaneEndpoint: ${opts.controlPlaneEndpoint}\n`;
    return `apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: ${opts.advertiseAddress}
${bindPort}nodeRegistration:
  name: ${opts.nodeName ?? 'cp1'}
${opts.init ?? ''}---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.37.2
certificatesDir: ${opts.certificatesDir}
${endpoint}`;
}
export function kubeadmConfig(opts) {
    const etcd = opts.externalEtcd
        ? 'etcd:\n  external:\n    endpoints: ["https://127.0.0.1:2379"]\n    caFile: /tmp/none/ca.crt\n    certFile: /tmp/none/c.crt\n    keyFile: /tmp/none/c.key\n'
        : 'etcd:\n  local:\n    serverCertSANs: ["etcd-z", "10.1.1.1"]\n    peerCertSANs: ["etcd-p"]\n';
    return `${kubeadmConfigHeader({ advertiseAddress: '10.250.7.11', bindPort: 6443, certificatesDir: opts.certDir, controlPlaneEndpoint: 'lb.example.test:6443' })}encryptionAlgorithm: ${opts.algorithm}
apiServer:
  certSANs: ["zeta.example", "10.250.7.100", "alpha.example", "10.250.7.11", "kubernetes"]
${etcd}`;
}
export function kubehaInputs(certDir, algorithm, externalEtcd) {
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
//# sourceMappingURL=pki-inputs.js.map