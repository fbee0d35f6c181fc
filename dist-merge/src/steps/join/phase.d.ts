import type { ClusterFile } from '../../config/cluster.js';
import { type ClusterContext } from '../../cluster/context.js';
import type { ControlPlaneJoinPhase } from '../../engines/engine.js';
import { type HostStep } from '../../plan/step.js';
import type { Host } from '../../transport/host.js';
export interface ControlPlaneJoinStep {
    phase: ControlPlaneJoinPhase;
    title: string;
    needs: readonly string[];
    /** Default: every control plane but the first. */
    hosts?: (cluster: ClusterFile) => readonly string[];
    /** Default: all at once with stacked etcd, one by one with external etcd (as the guide joins them). */
    concurrency?: (cluster: ClusterFile) => number;
    etcdMembers?: (cluster: ClusterFile) => number | undefined;
    /** Read-only: what of this part's effects is not there yet (empty: done). */
    missing: (ctx: ClusterContext, host: Host) => Promise<string[]>;
}
export declare const joiningControlPlanes: (c: ClusterFile) => string[];
/** One part of a control plane's `kubeadm join` as a step `join/<phase>`, done by that host's engine. */
export declare function defineControlPlaneJoin(p: ControlPlaneJoinStep): HostStep<ClusterFile, ClusterContext>;
