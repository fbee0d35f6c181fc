import type { ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import type { Step } from '../../plan/step.js';
import type { RestoreInputs } from './options.js';
/** Every step of `kubeha etcd restore`; the order comes from their needs. */
export declare function restoreSteps(inputs: RestoreInputs): readonly Step<ClusterFile, ClusterContext>[];
