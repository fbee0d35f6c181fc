import type { ClusterFile } from '../../config/cluster.js';
import { type ClusterContext } from '../../cluster/context.js';
import { type ClusterStep } from '../../plan/step.js';
import type { RestoreInputs } from './options.js';
/**
 * Before anything stops: every etcd host and control plane answers, and etcd has lost quorum (a cluster that still
 * has it loses every write since the snapshot: refused unless --force).
 */
export declare function restoreCheck(inputs: RestoreInputs): ClusterStep<ClusterFile, ClusterContext>;
