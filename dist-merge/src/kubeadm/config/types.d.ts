/**
 * kubeadm v1beta4 configuration after defaulting (apis/kubeadm/v1beta4/defaults.go). Fields kubeadm
 * fills from the machine at run time (node name, advertise address, a generated token) stay optional:
 * the caller supplies them as node facts.
 */
export interface Arg {
    name: string;
    value: string;
}
export interface EnvVar {
    name: string;
    value?: string;
    valueFrom?: Record<string, unknown>;
}
export type HostPathType = '' | 'DirectoryOrCreate' | 'Directory' | 'FileOrCreate' | 'File' | 'Socket' | 'CharDevice' | 'BlockDevice';
export interface HostPathMount {
    name: string;
    hostPath: string;
    mountPath: string;
    readOnly: boolean;
    pathType: HostPathType;
}
export interface ControlPlaneComponent {
    extraArgs: Arg[];
    extraVolumes: HostPathMount[];
    extraEnvs: EnvVar[];
}
export interface Taint {
    key: string;
    value?: string;
    effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}
export interface NodeRegistrationOptions {
    name?: string;
    criSocket: string;
    /** undefined (YAML null/absent) means "kubeadm's default control-plane taint"; [] means none. */
    taints?: Taint[];
    kubeletExtraArgs: Arg[];
    ignorePreflightErrors: string[];
    imagePullPolicy: 'Always' | 'IfNotPresent' | 'Never';
    imagePullSerial: boolean;
}
export interface APIEndpoint {
    advertiseAddress?: string;
    bindPort: number;
}
/** Go duration texts in canonical form, e.g. "4m0s". */
export interface Timeouts {
    controlPlaneComponentHealthCheck: string;
    kubeletHealthCheck: string;
    kubernetesAPICall: string;
    etcdAPICall: string;
    tlsBootstrap: string;
    discovery: string;
    upgradeManifests: string;
}
export interface BootstrapToken {
    /** Absent: kubeadm generates one at init. */
    token?: string;
    description?: string;
    ttl?: string;
    expires?: string;
    usages: Array<'signing' | 'authentication'>;
    groups: string[];
}
export interface InitConfiguration {
    kind: 'InitConfiguration';
    bootstrapTokens: BootstrapToken[];
    dryRun: boolean;
    nodeRegistration: NodeRegistrationOptions;
    localAPIEndpoint: APIEndpoint;
    certificateKey?: string;
    skipPhases: string[];
    patches?: {
        directory?: string;
    };
    timeouts: Timeouts;
}
export interface LocalEtcd {
    imageRepository?: string;
    imageTag?: string;
    dataDir: string;
    extraArgs: Arg[];
    extraEnvs: EnvVar[];
    serverCertSANs: string[];
    peerCertSANs: string[];
}
export interface ExternalEtcd {
    endpoints: string[];
    httpEndpoints: string[];
    caFile: string;
    certFile: string;
    keyFile: string;
}
export type EncryptionAlgorithm = 'RSA-2048' | 'RSA-3072' | 'RSA-4096' | 'ECDSA-P256' | 'ECDSA-P384';
export interface ClusterConfiguration {
    kind: 'ClusterConfiguration';
    /** Exactly one of local and external is set. */
    etcd: {
        local?: LocalEtcd;
        external?: ExternalEtcd;
    };
    networking: {
        serviceSubnet: string;
        podSubnet?: string;
        dnsDomain: string;
    };
    kubernetesVersion: string;
    controlPlaneEndpoint?: string;
    apiServer: ControlPlaneComponent & {
        certSANs: string[];
    };
    controllerManager: ControlPlaneComponent;
    scheduler: ControlPlaneComponent;
    dns: {
        imageRepository?: string;
        imageTag?: string;
        disabled: boolean;
    };
    proxy: {
        disabled: boolean;
    };
    certificatesDir: string;
    imageRepository: string;
    featureGates: Record<string, boolean>;
    clusterName: string;
    encryptionAlgorithm: EncryptionAlgorithm;
    certificateValidityPeriod: string;
    caCertificateValidityPeriod: string;
}
export interface JoinConfiguration {
    kind: 'JoinConfiguration';
    dryRun: boolean;
    nodeRegistration: NodeRegistrationOptions;
    caCertPath: string;
    discovery: {
        bootstrapToken?: {
            token: string;
            apiServerEndpoint: string;
            caCertHashes: string[];
            unsafeSkipCAVerification: boolean;
        };
        file?: {
            kubeConfigPath: string;
        };
        tlsBootstrapToken?: string;
    };
    /** Absent: a worker join. */
    controlPlane?: {
        localAPIEndpoint: APIEndpoint;
        certificateKey?: string;
    };
    skipPhases: string[];
    patches?: {
        directory?: string;
    };
    timeouts: Timeouts;
}
/** Everything one --config file held, defaulted. */
export interface KubeadmConfig {
    init?: InitConfiguration;
    /** Present whenever init or cluster documents were given (kubeadm defaults it for init). */
    cluster?: ClusterConfiguration;
    join?: JoinConfiguration;
    /** Passed through untouched (kubelet.config.k8s.io/v1beta1). */
    kubeletConfiguration?: Record<string, unknown>;
    /** Passed through untouched (kubeproxy.config.k8s.io/v1alpha1). */
    kubeProxyConfiguration?: Record<string, unknown>;
    /** Things kubeadm only warns about (e.g. certificate validity longer than the defaults). */
    warnings: Array<{
        path: string;
        message: string;
    }>;
}
