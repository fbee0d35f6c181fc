import type { TestContext } from 'node:test';
import type { LoadedCluster } from '../../src/config/cluster.js';
import type { KubehaEvent } from '../../src/events.js';
import type { StepOutcome } from '../../src/plan/runner.js';
import type { Connector } from '../../src/cluster/host-pool.js';
import { type LabSpec, type LabState } from '../../src/lab/index.js';
import type { Host } from '../../src/transport/host.js';
/**
 * A lab name of this test process: the test's tag and the pid, after KUBEHA_E2E_LAB_PREFIX (so that engineers
 * sharing a machine run e2e tests without touching each other's labs).
 */
export declare function labName(tag: string): string;
export interface LabFixture {
    lab: LabState;
    /** A temporary directory of the test's own, removed afterwards. */
    scratch: string;
    /** Where `up` writes the admin kubeconfig (in scratch). */
    kubeconfig: string;
    /** How `up` reaches the lab's hosts. */
    connect: Connector;
    /** An SSH connection to a lab host, opened once and closed after the test. */
    host(name: string): Promise<Host>;
    /**
     * The lab's power-off of one host, confirmed (cluster-helpers' powerOff), after closing the test's SSH
     * connection to it: an unplugged host never resets that connection, which would keep the test process alive.
     */
    powerOff(name: string): Promise<void>;
    /** `up` on the lab; step failures and times go to the test's diagnostics, and any failed step fails the test. */
    up(loaded: LoadedCluster): Promise<{
        events: KubehaEvent[];
        outcomes: StepOutcome[];
    }>;
}
export declare function labFixture(t: TestContext, spec: LabSpec): Promise<LabFixture>;
