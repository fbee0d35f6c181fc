/**
 * The join commands and the closing message of `kubeadm init`, byte for byte as kubeadm v1.37.2 prints them
 * (checked against its showjoincommand phase: see join-command.golden.txt).
 */
export declare const WITHHELD = "<value withheld>";
export interface JoinCommandInputs {
    /** host:port of the API server, i.e. the admin.conf server without `https://`. */
    controlPlaneHostPort: string;
    token: string;
    /** `sha256:<hex>` pins, one per CA certificate. */
    caCertHashes: readonly string[];
    /** Only for control-plane joins; empty when certificates were not uploaded. */
    certificateKey?: string;
    skipTokenPrint?: boolean;
    skipCertificateKeyPrint?: boolean;
}
export declare function joinWorkerCommand(inputs: Omit<JoinCommandInputs, 'certificateKey' | 'skipCertificateKeyPrint'>): string;
export declare function joinControlPlaneCommand(inputs: JoinCommandInputs): string;
export interface InitDoneInputs extends JoinCommandInputs {
    /** Path shown in the `sudo cp -i` line (kubeadm: the admin kubeconfig path). */
    kubeconfigPath: string;
    /** The control-plane block is printed only when a controlPlaneEndpoint is configured. */
    controlPlaneEndpoint?: string;
    uploadCerts: boolean;
}
/** The message `kubeadm init` prints at the end (once per bootstrap token). */
export declare function initDoneMessage(inputs: InitDoneInputs): string;
/**
 * `token create --print-join-command`: the API server and CA pins come from the kubeconfig's current cluster
 * (as kubeadm's GetJoinWorkerCommand / GetJoinControlPlaneCommand); a certificate key makes it a control-plane join.
 */
export declare function joinCommandForKubeconfig(cluster: {
    server: string;
    caPem: string;
}, token: string, certificateKey?: string): string;
