import { type MemberInfo } from '../engines/native/etcd-member.js';
import { type ClusterContext } from './context.js';
export interface StaleMember {
    member: MemberInfo;
    why: string;
}
/**
 * Stacked etcd members the cluster file does not account for, read through etcd on `name`: a member whose peer
 * URL is no control plane's of the file, or a started member at the address of a control plane (not the one
 * asked) that has no etcd static pod, i.e. a former machine at that address. An unstarted learner at a joining
 * host's address is not stale: it is that host's own, added by an interrupted etcd-join, which finishes it.
 */
export declare function staleMembers(ctx: ClusterContext, name: string): Promise<StaleMember[]>;
