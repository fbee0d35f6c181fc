import type { ClusterFile } from '../../config/cluster.js';
import { type ClusterContext } from '../../cluster/context.js';
export declare const HAPROXY_CFG = "/etc/haproxy/haproxy.cfg";
/** The control planes this LB's haproxy.cfg names as backends now. */
export declare function currentBackends(config: string | undefined): Set<string>;
/** haproxy's configuration written, checked and reloaded; `exclude` takes control planes out (kubeha remove). */
export declare function applyLoadBalancer(ctx: ClusterContext, name: string, exclude?: readonly string[]): Promise<void>;
export declare const lbHosts: (c: ClusterFile) => string[];
/** Step 2 of `up`: haproxy with the first control plane, then the guide's `nc -zv` check. */
export declare const loadBalancer: import("../../plan/step.js").HostStep<{
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
/** After control planes join: every serving control plane is a backend. */
export declare const loadBalancerBackends: import("../../plan/step.js").HostStep<{
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
