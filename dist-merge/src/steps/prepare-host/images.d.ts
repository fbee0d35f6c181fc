import type { ClusterContext } from '../../cluster/context.js';
/**
 * Host preparation: every image of the release (control plane, etcd, CoreDNS, kube-proxy, pause, flannel)
 * imported from the local artifacts, so the kubelet never pulls.
 */
/** Every image of ctx's release is in containerd's k8s.io namespace on the host (read-only). */
export declare function imagesPresent(ctx: ClusterContext, name: string): Promise<boolean>;
/** Imports the images of ctx's release that the host lacks, from the local artifacts. */
export declare function importMissingImages(ctx: ClusterContext, name: string): Promise<void>;
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
