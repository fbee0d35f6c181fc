import type { ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
type Role = ClusterFile['spec']['hosts'][number]['role'];
/** The refs among these that a host of this role needs. */
export declare function imagesForRole(refs: readonly string[], role: Role): string[];
/** Every image of ctx's release the host's role uses is in containerd's k8s.io namespace on the host (read-only). */
export declare function imagesPresent(ctx: ClusterContext, name: string): Promise<boolean>;
/** Imports the images of ctx's release that the host's role uses and the host lacks, from the local artifacts (sent by content). */
export declare function importMissingImages(ctx: ClusterContext, name: string): Promise<void>;
/**
 * Host preparation: the images of the release the host's role uses (see ROLE_IMAGES), imported from the local
 * artifacts, so the kubelet never pulls.
 */
export declare const prepareImages: import("../../plan/step.js").HostStep<{
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
export {};
