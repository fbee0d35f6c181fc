import type { ClusterContext } from '../../cluster/context.js';
export declare const CONTAINERD_CONFIG = "/etc/containerd/config.toml";
/**
 * containerd 1.6 for the kubelet: the cgroup driver the kubelet uses (kubeadm's default is systemd), the
 * pause image kubeadm pins (it is imported, never pulled), and one CNI bin_dir, /opt/cni/bin, where the
 * standard plugins are linked and flannel puts its own.
 */
export declare function containerdConfig(options: {
    systemdCgroup: boolean;
    sandboxImage: string;
}): string;
/** Host preparation: containerd configured for the kubelet and running (enabled at boot). */
export declare const prepareContainerRuntime: import("../../plan/step.js").HostStep<{
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
