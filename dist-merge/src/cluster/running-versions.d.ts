import type { Host } from '../transport/host.js';
import type { RunningVersions } from './version-skew.js';
/** What the API says of the nodes and their static pods: the versions an upgrade starts from and converges to. */
export interface NodeView {
    name: string;
    kubeletVersion: string;
    ready: boolean;
    unschedulable: boolean;
}
export interface StaticPodView {
    /** kube-apiserver, kube-controller-manager, kube-scheduler or etcd. */
    component: string;
    node: string;
    image: string;
    ready: boolean;
}
export declare function readNodes(asker: Host): Promise<NodeView[]>;
/** The mirror pods of the static pods kubeadm writes (label tier=control-plane). */
export declare function readStaticPods(asker: Host): Promise<StaticPodView[]>;
/** An image's tag (`registry.k8s.io/kube-apiserver:v1.37.1` → `v1.37.1`). */
export declare function imageTag(image: string): string;
export declare function runningVersions(asker: Host): Promise<RunningVersions>;
