import type { RawClusterConfiguration, RawInitConfiguration, RawJoinConfiguration } from './schema.js';
import type { ClusterConfiguration, InitConfiguration, JoinConfiguration } from './types.js';
/** kubeadm v1beta4 defaults (defaults.go, defaults_unix.go, constants.go). */
export declare const DEFAULTS: {
    readonly kubernetesVersion: "stable-1";
    readonly serviceSubnet: "10.96.0.0/12";
    readonly dnsDomain: "cluster.local";
    readonly certificatesDir: "/etc/kubernetes/pki";
    readonly imageRepository: "registry.k8s.io";
    readonly clusterName: "kubernetes";
    readonly etcdDataDir: "/var/lib/etcd";
    readonly encryptionAlgorithm: "RSA-2048";
    readonly certificateValidityPeriod: "8760h0m0s";
    readonly caCertificateValidityPeriod: "87600h0m0s";
    readonly bindPort: 6443;
    readonly criSocket: "unix:///var/run/containerd/containerd.sock";
    readonly caCertPath: "/etc/kubernetes/pki/ca.crt";
    readonly tokenTTL: "24h0m0s";
    readonly tokenUsages: Array<"signing" | "authentication">;
    readonly tokenGroups: readonly ["system:bootstrappers:kubeadm:default-node-token"];
    readonly timeouts: {
        controlPlaneComponentHealthCheck: string;
        kubeletHealthCheck: string;
        kubernetesAPICall: string;
        etcdAPICall: string;
        tlsBootstrap: string;
        discovery: string;
        upgradeManifests: string;
    };
};
export declare function defaultInit(raw: RawInitConfiguration | undefined): InitConfiguration;
export declare function defaultCluster(raw: RawClusterConfiguration | undefined): ClusterConfiguration;
export declare function defaultJoin(raw: RawJoinConfiguration): JoinConfiguration;
