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
  /** A check changes nothing: it runs every time and never counts as a change. */
  check?: boolean;
  /** Read-only: does what this step would do already hold on this host? */
  done: (ctx: Ctx, host: string | undefined) => Promise<boolean>;
  run: (ctx: Ctx, host: string | undefined) => Promise<void>;
}

export function defineStep<Cluster, Ctx>(step: Step<Cluster, Ctx>): Step<Cluster, Ctx> {
  return step;
}
