import { type ClusterContext } from '../cluster/context.js';
/**
 * Stacked etcd: members the cluster file no longer accounts for are removed before any control plane joins
 * (what `kubeha remove` does for an offline host, repaired by `up`): a member of a host that left the file, or
 * one still registered at the address of a control plane that no longer runs etcd (a replaced machine).
 * Otherwise a dead member counts against quorum, and a new host at its address cannot join.
 */
export declare const etcdStaleMembersStep: import("../plan/step.js").HostStep<{
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
