export declare const initMarkControlPlane: import("../../plan/step.js").HostStep<{
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
}, import("../../cluster/context.js").ClusterContext>;
