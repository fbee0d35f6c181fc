import type { CertificateReport } from '../cluster/certs.js';
/** `certs check-expiration` as text: kubeadm's tables per control plane, then the etcd hosts and the kubelets. */
export declare function renderCertificates(report: CertificateReport): string;
