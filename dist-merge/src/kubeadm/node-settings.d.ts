import type { Host } from '../transport/host.js';
import type { ClusterConfiguration, KubeadmConfig, Timeouts } from './config/types.js';
import type { KubeconfigInputs } from './kubeconfig/kubeconfig.js';
import { type EtcdMember, type StaticPod } from './manifests/index.js';
import type { PkiInputs } from './pki/certlist.js';
/**
 * One node's view of a kubeadm configuration: the ClusterConfiguration plus what the Init (or Join) configuration
 * says about this node. The native engine and the node-local CLI both build the PKI, kubeconfigs and static pods
 * from it.
 */
export interface NodeSettings {
    cluster: ClusterConfiguration;
    nodeName: string;
    advertiseAddress: string;
    bindPort: number;
    init: {
        timeouts: Timeouts;
    };
}
export declare function durationMs(text: string): number;
/**
 * The settings of this machine from a loaded `--config` file, as kubeadm init resolves them: the node name
 * defaults to the lower-cased hostname; the advertise address must be given (kubeha does not guess it from routes).
 */
export declare function nodeSettingsFromConfig(loaded: KubeadmConfig, source: string, machineName?: string): NodeSettings;
export declare function pkiInputs(c: NodeSettings): PkiInputs;
export declare function kubeconfigInputs(c: NodeSettings, kubeconfigDir?: string): KubeconfigInputs;
/** Which of kubeadm's optional CA directories exist on the host (read-only probe). */
export declare function existingCaCertDirs(host: Host): Promise<string[]>;
export type ControlPlaneComponentName = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler';
export declare const CONTROL_PLANE_COMPONENTS: readonly ControlPlaneComponentName[];
/** `init phase control-plane`: the static pods of the named components (all three by default). */
export declare function writeControlPlaneManifests(host: Host, c: NodeSettings, options?: {
    only?: readonly ControlPlaneComponentName[];
    dir?: string;
}): Promise<StaticPod[]>;
/** `init phase etcd local` (no initial cluster) or the join's etcd static pod. */
export declare function writeEtcdManifest(host: Host, c: NodeSettings, initialCluster?: readonly EtcdMember[], dir?: string): Promise<StaticPod>;
