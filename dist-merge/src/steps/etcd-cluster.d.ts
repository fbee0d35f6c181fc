import { type ClusterFile } from '../config/cluster.js';
import type { ClusterContext } from '../cluster/context.js';
import { type NodeConfig } from '../engines/native/node-config.js';
import { type EtcdctlCluster } from '../cluster/etcdctl.js';
import type { Issuer } from '../kubeadm/pki/certificate.js';
import type { Host } from '../transport/host.js';
/** The member's kubeadm configuration: the cluster's, with etcd.local carrying the initial cluster (state new). */
export declare function etcdMemberConfig(ctx: ClusterContext, name: string): NodeConfig;
/**
 * The companion guide's kubelet drop-in, as files the kubeadm unit already reads: config.yaml with the
 * static-pod path and no API-server authentication, and flags that clear the kubeconfig paths so the kubelet
 * runs standalone (later flags win). The user's KubeletConfiguration supplies host specifics (cgroups).
 */
export declare function standaloneKubeletFiles(cluster: ClusterFile): {
    path: string;
    data: string;
    mode: number;
}[];
/** etcdctl on an etcd host with its healthcheck-client certificate; true when every endpoint is healthy. */
export declare function endpointsHealthy(host: Host, cluster: EtcdctlCluster, endpoints: readonly string[]): Promise<boolean>;
/** The one etcd CA: created on the first etcd host on the first run, read back from there afterwards. */
export declare function etcdCa(ctx: ClusterContext): Promise<Issuer>;
export declare const etcdCluster: import("../plan/step.js").HostStep<{
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
