import type { EventSink } from '../events.js';
import { type LabSpec } from '../lab/index.js';
import { type LabClusterOptions } from './lab-cluster.js';
export interface LabUpOptions extends LabClusterOptions, Pick<LabSpec, 'sudoHosts' | 'jumpHosts'> {
    name: string;
    emit: EventSink;
    /** Aborting it stops `up` between steps. */
    signal?: AbortSignal;
    /** The kubeconfig the context `kubeha-<name>` is merged into; kubectl's (KUBECONFIG, else ~/.kube/config) by default. */
    kubeconfigPath?: string;
}
/**
 * `kubeha lab up`: host packages, artifacts, the lab's hosts, then `up` on the lab's cluster file, and its
 * context `kubeha-<name>` merged into kubectl's kubeconfig (see exportKubeconfig).
 */
export declare function labUp(options: LabUpOptions): Promise<{
    clusterFile: string;
    adminKubeconfig: string;
    kubeconfig: {
        path: string;
        context: string;
    };
}>;
/** `kubeha lab down`: the lab and its cluster gone, and the context `lab up` merged into kubectl's kubeconfig. */
export declare function labDown(name: string, emit: EventSink, options?: {
    kubeconfigPath?: string;
}): Promise<void>;
export declare function labKubeconfig(name: string): string;
