import type { ClusterConfiguration } from '../config/types.js';
import type { ControlPlaneNodeFacts } from './facts.js';
import { type StaticPod } from './pod.js';
export declare const ETCD_ADVERTISE_CLIENT_URLS_ANNOTATION = "kubeadm.kubernetes.io/etcd.advertise-client-urls";
export interface EtcdMember {
    name: string;
    peerURL: string;
}
export type EtcdNodeFacts = Pick<ControlPlaneNodeFacts, 'nodeName' | 'advertiseAddress' | 'controlPlaneComponentHealthCheck'>;
export declare const etcdClientURL: (advertiseAddress: string) => string;
export declare const etcdPeerURL: (advertiseAddress: string) => string;
/**
 * The etcd command. `initialCluster` empty: the first member (init). Otherwise the member list returned
 * by MemberAddAsLearner, including this node, and the state "existing" (join).
 */
export declare function etcdCommand(cfg: ClusterConfiguration, facts: EtcdNodeFacts, initialCluster?: readonly EtcdMember[]): string[];
/** The stacked etcd member's static pod (phases/etcd/local.go GetEtcdPodSpec). */
export declare function etcdPod(cfg: ClusterConfiguration, facts: EtcdNodeFacts, initialCluster?: readonly EtcdMember[]): StaticPod;
