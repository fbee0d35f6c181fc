import type { ClusterStatus } from '../cluster/status.js';
/** `kubeha status` as text: one block per area, then the problems, each with its host and since when. */
export declare function renderStatus(s: ClusterStatus): string;
