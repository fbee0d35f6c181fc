import type { ClusterFile } from '../../config/cluster.js';
import { type ClusterContext } from '../../cluster/context.js';
import { type ClusterStep } from '../../plan/step.js';
import { type RestoreInputs } from './options.js';
/** The copies of the snapshot and the markers removed from the etcd hosts: the restore is over. */
export declare function restoreFinish(inputs: RestoreInputs): ClusterStep<ClusterFile, ClusterContext>;
