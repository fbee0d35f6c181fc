/**
 * A step of a plan: one small file per step (src/steps/*), declared as data. The order of a plan comes from
 * `needs`, never from code; `done()` is a read-only probe of the step's last effect, so that re-running
 * converges and dry-run is honest. A step acts either on each of its hosts or once for the whole cluster;
 * the two are separate shapes, so a per-host step always gets its host.
 */
interface StepBase<Cluster> {
    id: string;
    title: string;
    /** Ids of the steps that must have finished (on all their hosts) before this one starts. */
    needs: readonly string[];
    /** What the plan shows about this step, declared by the step itself. */
    shows?: {
        /** An engine does this step's node-local work (a mixed cluster's plan names it per host). */
        engine?: boolean;
        /** How many etcd members the cluster has once this step is done (undefined: unchanged). */
        etcdMembers?: (cluster: Cluster) => number | undefined;
    };
    /** A check changes nothing: it runs every time and never counts as a change. */
    check?: boolean;
}
/** Runs once on each of its hosts. */
export interface HostStep<Cluster, Ctx> extends StepBase<Cluster> {
    cluster?: false;
    /** The hosts this step acts on, by inventory name (none: the step has nothing to do). */
    hosts: (cluster: Cluster) => readonly string[];
    /** How many of its hosts may run at once (Infinity for all). */
    concurrency: (cluster: Cluster) => number;
    /**
     * A rolling change (an upgrade, one control plane after another): once a host fails, no further host of this
     * step starts. Without it every host is attempted and the failures are reported together.
     */
    rolling?: boolean;
    /** Read-only: does what this step would do already hold on this host? */
    done: (ctx: Ctx, host: string) => Promise<boolean>;
    /** Read-only: what the plan says about this step on this host beyond "to do" (e.g. what is missing). */
    describe?: (ctx: Ctx, host: string) => Promise<string | undefined>;
    run: (ctx: Ctx, host: string) => Promise<void>;
}
/** Runs once for the whole cluster. */
export interface ClusterStep<Cluster, Ctx> extends StepBase<Cluster> {
    cluster: true;
    /** Read-only: does what this step would do already hold? */
    done: (ctx: Ctx) => Promise<boolean>;
    /** Read-only: what the plan says about this step beyond "to do" (e.g. a lifetime left). */
    describe?: (ctx: Ctx) => Promise<string | undefined>;
    run: (ctx: Ctx) => Promise<void>;
}
export type Step<Cluster, Ctx> = HostStep<Cluster, Ctx> | ClusterStep<Cluster, Ctx>;
export declare function defineHostStep<Cluster, Ctx>(step: Omit<HostStep<Cluster, Ctx>, 'cluster'>): HostStep<Cluster, Ctx>;
export declare function defineClusterStep<Cluster, Ctx>(step: Omit<ClusterStep<Cluster, Ctx>, 'cluster'>): ClusterStep<Cluster, Ctx>;
export {};
