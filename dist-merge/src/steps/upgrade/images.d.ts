import type { ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
/** The nodes an upgrade works on: control planes and workers (an external etcd host keeps its versions). */
export declare const upgradedNodes: (c: ClusterFile) => string[];
/**
 * kubeadm's "upgrade kubeadm" on every node, with the new release's images imported beforehand (nothing is
 * pulled): the running cluster does not notice. The kubelet binary waits for its node's drain.
 */
export declare const upgradeImages: import("../../plan/step.js").HostStep<{
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
