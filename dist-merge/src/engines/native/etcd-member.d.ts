import type { Host } from '../../transport/host.js';
import { type EtcdctlCluster } from '../../cluster/etcdctl.js';
import type { EtcdMember } from '../../kubeadm/manifests/index.js';
/**
 * Stacked etcd membership, through etcdctl on the joining host (from the cluster's etcd image) with its
 * healthcheck-client certificate (signed by the shared etcd CA), against the members that already serve.
 */
export interface MemberInfo {
    id: string;
    name: string;
    peerURLs: string[];
    clientURLs: string[];
    learner: boolean;
    /** A member added but never started has no name and status "unstarted". */
    started: boolean;
}
/** `member list -w simple`: "id, status, name, peer urls, client urls, is learner" per line; ids in hex. */
export declare function parseMemberList(text: string): MemberInfo[];
export declare function memberList(host: Host, cluster: EtcdctlCluster, endpoints: readonly string[]): Promise<MemberInfo[]>;
/** MemberAddAsLearner. */
export declare function addLearner(host: Host, cluster: EtcdctlCluster, endpoints: readonly string[], name: string, peerURL: string): Promise<void>;
export declare function promote(host: Host, cluster: EtcdctlCluster, endpoints: readonly string[], id: string): Promise<void>;
/** The --initial-cluster list kubeadm writes: every member, unnamed ones by their hex id, this node by its name. */
export declare function initialCluster(members: readonly MemberInfo[], self: {
    name: string;
    peerURL: string;
}): EtcdMember[];
/** MemberRemove (etcd refuses one that would leave the cluster without quorum). */
export declare function removeMember(host: Host, cluster: EtcdctlCluster, endpoints: readonly string[], id: string): Promise<void>;
