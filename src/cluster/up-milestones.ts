import type { Execution } from '../plan/critical-path.js';

/** When `up` reached each stage, in ms from its start; undefined when the run never got there (or had nothing to do). */
export interface UpMilestones {
  /** The first control plane is ready: the last init/* step has finished. */
  initDone: number | undefined;
  /** The first joining control plane has finished its join/* steps. */
  firstJoin: number | undefined;
  /** Every joining host (control planes and workers) has finished its join/* steps. */
  allJoins: number | undefined;
  /** nodes-ready has seen every node Ready. */
  nodesReady: number | undefined;
}

const lastEnd = (runs: readonly Execution[]) => (runs.length === 0 ? undefined : Math.max(...runs.map((r) => r.end)));

/** The milestones of one `up` from its executions (executionsFromEvents), relative to `start` (epoch ms). */
export function upMilestones(executions: readonly Execution[], start: number): UpMilestones {
  const rel = (t: number | undefined) => (t === undefined ? undefined : t - start);
  const joins = executions.filter((e) => e.step.startsWith('join/') && e.host !== undefined);
  const perControlPlane = new Map<string, Execution[]>();
  for (const e of joins) {
    if (e.step === 'join/worker') continue;
    perControlPlane.set(e.host!, [...(perControlPlane.get(e.host!) ?? []), e]);
  }
  const cpEnds = [...perControlPlane.values()].map((runs) => lastEnd(runs)!);
  return {
    initDone: rel(lastEnd(executions.filter((e) => e.step.startsWith('init/')))),
    firstJoin: rel(cpEnds.length === 0 ? undefined : Math.min(...cpEnds)),
    allJoins: rel(lastEnd(joins)),
    nodesReady: rel(lastEnd(executions.filter((e) => e.step === 'nodes-ready'))),
  };
}
