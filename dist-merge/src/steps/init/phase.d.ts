import type { ClusterFile } from '../../config/cluster.js';
import { type ClusterContext } from '../../cluster/context.js';
import type { InitPhase } from '../../engines/engine.js';
import { type HostStep } from '../../plan/step.js';
import type { Host } from '../../transport/host.js';
export interface InitPhaseStep {
    phase: InitPhase;
    title: string;
    needs: readonly string[];
    /** Default: the first control plane. A phase that does not apply to this cluster has no hosts. */
    hosts?: (cluster: ClusterFile) => readonly string[];
    etcdMembers?: (cluster: ClusterFile) => number | undefined;
    /** Read-only: what of this phase's effects is not there yet (empty: done). */
    missing: (ctx: ClusterContext, host: Host) => Promise<string[]>;
}
/**
 * A host that joined the cluster never inits it: once the first control plane of the file is one that joined
 * (the one that ran init was removed and left the file), every init phase holds by its join.
 */
export declare function joinedHost(host: Host): Promise<boolean>;
/**
 * One phase of `kubeadm init` as a step `init/<phase>` on the first control plane: the engine of that host
 * does it (`kubeadm init phase <phase>`, or kubeha's own), and done() probes the phase's own effects.
 */
export declare function defineInitPhase(p: InitPhaseStep): HostStep<ClusterFile, ClusterContext>;
