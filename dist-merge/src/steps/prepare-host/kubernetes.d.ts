import type { ClusterContext } from '../../cluster/context.js';
import type { Host } from '../../transport/host.js';
/** Where the kubelet, kubeadm and kubectl packages put them. */
export declare const BIN_DIR = "/usr/bin";
export declare const BINARIES: readonly ["kubelet", "kubeadm", "kubectl"];
export type KubernetesBinary = (typeof BINARIES)[number];
/** The kubelet unit and kubeadm's drop-in, as the kubelet and kubeadm packages install them (systemd hosts). */
export declare const KUBELET_UNIT: {
    path: string;
    data: string;
    mode: number;
};
export declare const KUBEADM_DROP_IN: {
    path: string;
    data: string;
    mode: number;
};
/** The version each binary reports (kubelet, kubeadm, kubectl), if it is there: kubelet and kubeadm as preflight reads them. */
export declare function installedVersions(host: Host): Promise<(string | undefined)[]>;
/**
 * Host preparation (kubeadm's "Installing kubeadm, kubelet and kubectl"): the release's binaries from the
 * local artifacts, the kubelet unit on systemd hosts, and the kubelet enabled (it restarts until kubeadm
 * has written its configuration). Binaries already at the cluster's version stay.
 */
export declare const prepareKubernetes: import("../../plan/step.js").HostStep<{
    apiVersion: "kubeha.dev/v1alpha1";
    kind: "Cluster";
    metadata: {
        name: string;
    };
    spec: {
        kubernetesVersion: string;
        engine: "kubeadm" | "native";
        topology: "external" | "stacked";
        certificates: "upload" | "manual";
        loadBalancer: {
            managed: {
                virtualIP?: string | undefined;
            };
        } | {
            external: {
                address: string;
            };
        };
        networking: {
            podSubnet: string;
            serviceSubnet: string;
            dnsDomain: string;
        };
        cni: "none" | "flannel";
        prepareHosts: boolean;
        ssh: {
            user?: string | undefined;
            port?: number | undefined;
            privateKeyFile?: string | undefined;
            knownHostsFile?: string | undefined;
            proxyJump?: string | undefined;
        };
        hosts: {
            name: string;
            address: string;
            role: "etcd" | "control-plane" | "worker" | "load-balancer";
            engine?: "kubeadm" | "native" | undefined;
            ssh?: {
                user?: string | undefined;
                port?: number | undefined;
                privateKeyFile?: string | undefined;
                knownHostsFile?: string | undefined;
                proxyJump?: string | undefined;
            } | undefined;
        }[];
        controlPlaneEndpoint?: string | undefined;
        kubeadm?: string | undefined;
    };
}, ClusterContext>;
/** The named binaries at ctx's release from the local artifacts (sent by content); those already at it stay. A running kubelet keeps running its old binary. */
export declare function installBinaries(ctx: ClusterContext, name: string, which: readonly KubernetesBinary[]): Promise<void>;
