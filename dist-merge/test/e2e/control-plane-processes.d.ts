import { type ListingClusterApi } from '../../src/kubeadm/token/cluster-api.js';
export declare const ARTIFACT_BIN: string;
export declare const KUBEHA_CLI: string;
export declare function freePort(): Promise<number>;
export interface ControlPlaneProcesses {
    dir: string;
    certDir: string;
    kubeconfigDir: string;
    /** The kubeadm --config file the PKI, kubeconfigs and flags came from. */
    configPath: string;
    configText: string;
    apiPort: number;
    server: string;
    adminKubeconfig: string;
    admin: ListingClusterApi;
    kubectl(args: readonly string[], options?: {
        allowFailure?: boolean;
        kubeconfig?: string;
    }): Promise<{
        code: number | null;
        stdout: string;
        stderr: string;
    }>;
    stop(): Promise<void>;
}
/** Starts etcd, then kube-apiserver, then kube-controller-manager; admin.conf is granted cluster-admin like kubeadm init does. */
export declare function startControlPlane(): Promise<ControlPlaneProcesses>;
