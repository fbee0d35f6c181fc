/** kubeadm init's flags that stand in for a --config file (kubeadm refuses mixing them with --config). */
export interface InitFlags {
    apiserverAdvertiseAddress?: string;
    apiserverBindPort?: string;
    nodeName?: string;
    controlPlaneEndpoint?: string;
    serviceCidr?: string;
    serviceDnsDomain?: string;
    /** Comma-separated. */
    apiserverCertExtraSans?: string;
    kubernetesVersion?: string;
    /** kubeha extra: ClusterConfiguration.encryptionAlgorithm. */
    encryptionAlgorithm?: string;
}
export declare const INIT_FLAG_NAMES: Readonly<Record<keyof InitFlags, string>>;
/** The flags that were given, by their kubeadm names. */
export declare function givenInitFlags(flags: InitFlags): string[];
/** A v1beta4 Init+Cluster configuration carrying the flags, so flags and --config go through the same loader. */
export declare function initConfigFromFlags(flags: InitFlags): string;
