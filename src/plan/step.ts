/**
 * A step of a plan: one small file per step (src/steps/*), declared as data. The order of a plan comes from
 * `needs`, never from code; `done()` is a read-only probe so that re-running converges and dry-run is honest.
 */

export interface Step<Cluster, Ctx> {
  id: string;
  title: string;
  /** Ids of the steps that must have finished (on all their hosts) before this one starts. */
  needs: readonly string[];
  /** Runs once for the whole cluster (host undefined) instead of once per host. */
  cluster?: boolean;
  /** The hosts this step acts on, by inventory name (none: the step has nothing to do). Ignored with `cluster`. */
  hosts: (cluster: Cluster) => readonly string[];
  /** How many of its hosts may run at once (Infinity for all). */
  concurrency: (cluster: Cluster) => number;
  /** What the plan shows about this step, declared by the step itself. */
  shows?: {
    /** An engine does this step's node-local work (a mixed cluster's plan names it per host). */
    engine?: boolean;
    /** How many etcd members the cluster has once this step is done (undefined: unchanged). */
    etcdMembers?: (cluster: Cluster) => number | undefined;
  };
  /** A check changes nothing: it runs every time and never counts as a change. */
  check?: boolean;
  /** Read-only: does what this step would do already hold on this host? It probes the step's last effect. */
  done: (ctx: Ctx, host: string | undefined) => Promise<boolean>;
  /** Read-only: what the plan says about this step on this host beyond "to do" (e.g. a lifetime left). */
  describe?: (ctx: Ctx, host: string | undefined) => Promise<string | undefined>;
  run: (ctx: Ctx, host: string | undefined) => Promise<void>;
}

export function defineStep<Cluster, Ctx>(step: Step<Cluster, Ctx>): Step<Cluster, Ctx> {
  return step;
}
