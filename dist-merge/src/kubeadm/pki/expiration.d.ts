import type { Host } from '../../transport/host.js';
/**
 * `kubeadm certs check-expiration`, in two pure halves: {@link certificateExpirationInfo} (which certificates,
 * their expiry, over the files' contents) and {@link formatCertificateExpiration} (kubeadm's text output).
 * {@link checkExpiration} reads the files from a host and runs the first.
 */
/** Where kubeadm reads admin.conf, super-admin.conf, controller-manager.conf and scheduler.conf; it has no flag for it. */
export declare const KUBERNETES_DIR = "/etc/kubernetes";
export interface ExpirationOptions {
    certificatesDir: string;
    /** The directory of the kubeconfig files (kubeadm: always {@link KUBERNETES_DIR}). */
    kubernetesDir: string;
    /** ClusterConfiguration etcd.external: drops the etcd CA and the certificates it signs. */
    externalEtcd: boolean;
}
/** A row of kubeadm's output (output.kubeadm.k8s.io/v1alpha3 Certificate). */
export type CertificateExpiration = {
    name: string;
    missing: true;
} | {
    name: string;
    missing: false;
    expirationDate: Date;
    /** Whole seconds to expiration (negative when expired), as kubeadm truncates them. */
    residualTimeSeconds: number;
    /** The signing CA's name; '' for the CAs themselves. */
    caName: string;
    /** The CA's key is absent (kubeadm cannot renew). */
    externallyManaged: boolean;
};
export interface CertificateExpirationInfo {
    /** Sorted by name: the PKI leaf certificates and the client certificates of the kubeconfig files. */
    certificates: CertificateExpiration[];
    /** Sorted by name: the CAs that sign them. */
    certificateAuthorities: CertificateExpiration[];
}
/** Every file {@link certificateExpirationInfo} may look at. */
export declare function expirationFilePaths(options: ExpirationOptions): string[];
/**
 * kubeadm's certificate expiration info for these files (absolute path → contents; absent = missing), at `now`.
 * Throws, as kubeadm fails, when a present certificate cannot be read or its CA's external mode is inconsistent.
 */
export declare function certificateExpirationInfo(files: ReadonlyMap<string, Uint8Array>, options: ExpirationOptions, now: Date): CertificateExpirationInfo;
/** Go's time.Until truncated to seconds; time.Time.Sub saturates at ±2^63 ns (about 292 years). */
export declare function residualSeconds(expiration: Date, now: Date): number;
/** k8s.io/apimachinery duration.HumanDuration for a whole number of seconds. */
export declare function humanDuration(seconds: number): string;
/** Go's layout "Jan 02, 2006 15:04 MST" for a UTC time (x509 times are UTC). */
export declare function formatExpirationDate(date: Date): string;
/** kubeadm's text output: two tables through Go's tabwriter (minwidth 10, tabwidth 4, padding 3, ' ', no flags). */
export declare function formatCertificateExpiration(info: CertificateExpirationInfo): string;
/** Reads the files of {@link expirationFilePaths} from a host (a directory counts as missing, as for kubeadm). */
export declare function readExpirationFiles(host: Host, options: ExpirationOptions): Promise<Map<string, Buffer>>;
/** `kubeadm certs check-expiration` on a host: its data; {@link formatCertificateExpiration} prints it. */
export declare function checkExpiration(host: Host, options: ExpirationOptions, now?: Date): Promise<CertificateExpirationInfo>;
