import type { ClusterConfiguration } from '../config/types.js';
import type { ControlPlaneNodeFacts } from './facts.js';
import { type StaticPod } from './pod.js';
export declare const API_SERVER_ADVERTISE_ANNOTATION = "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint";
export declare function apiServerCommand(cfg: ClusterConfiguration, facts: ControlPlaneNodeFacts): string[];
export declare function controllerManagerCommand(cfg: ClusterConfiguration, facts: Pick<ControlPlaneNodeFacts, 'externalCA'>): string[];
export declare function schedulerCommand(cfg: ClusterConfiguration): string[];
/** kube-apiserver, kube-controller-manager and kube-scheduler, as `kubeadm init phase control-plane all` writes them. */
export declare function controlPlanePods(cfg: ClusterConfiguration, facts: ControlPlaneNodeFacts): {
    'kube-apiserver': StaticPod;
    'kube-controller-manager': StaticPod;
    'kube-scheduler': StaticPod;
};
