import { type ClusterContext } from '../cluster/context.js';
/**
 * The guide's "copy from any etcd node to the first control plane": the etcd CA certificate and an
 * apiserver-etcd-client certificate signed by it, at the etcd.external paths — and nothing else (no etcd CA
 * key, no member certificates). The other control planes get them from kubeadm-certs or the manual copy.
 */
export declare const etcdClientCerts: import("../plan/step.js").HostStep<{
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
