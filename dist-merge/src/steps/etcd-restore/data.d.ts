import type { ClusterFile } from '../../config/cluster.js';
import { type ClusterContext } from '../../cluster/context.js';
import { type HostStep } from '../../plan/step.js';
import { type RestoreInputs } from './options.js';
/**
 * `etcdutl snapshot restore` of the same snapshot on every member, with the whole member list and a new cluster
 * token, into a new directory that then takes the data directory's place (the old one is kept beside it).
 */
export declare function restoreData(inputs: RestoreInputs): HostStep<ClusterFile, ClusterContext>;
