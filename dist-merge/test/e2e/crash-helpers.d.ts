import type { KubehaEvent } from '../../src/events.js';
import type { LabState } from '../../src/lab/index.js';
export interface UpRun {
    /** null: it ran to its end; otherwise killed after this many ms. */
    killedAfterMs: number | null;
    code: number | null;
    /** The signal the process died of, as its parent saw it: SIGKILL when the kill landed. */
    signal: NodeJS.Signals | null;
    events: KubehaEvent[];
    stderr: string;
}
/** Where `up` run with this HOME writes the admin kubeconfig of the cluster. */
export declare function kubeconfigIn(home: string, cluster: string): string;
/**
 * One `kubeha up -f FILE -o json` with its own HOME (the admin kubeconfig lands there), killed with SIGKILL as
 * soon as `kill.when` says so about an event (or after `kill.afterMs`, or `kill.afterFirstStepMs` after the first
 * step of the plan starts: past the local artifacts check and the probes of what is done), unless it ends first.
 */
export declare function upOnce(clusterFile: string, home: string, kill: {
    when?: (e: KubehaEvent) => boolean;
    afterMs?: number;
    afterFirstStepMs?: number;
}): Promise<UpRun>;
/** What a converged cluster is, after any number of crashes: each problem named. */
export declare function convergedProblems(lab: LabState, kubeconfig: string, topology: 'stacked' | 'external'): Promise<string[]>;
