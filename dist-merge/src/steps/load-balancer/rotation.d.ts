import type { ClusterContext } from '../../cluster/context.js';
export declare function takeOutOfRotation(ctx: ClusterContext, name: string): Promise<void>;
/** Back in rotation once every LB's health check sees its apiserver ready. */
export declare function backInRotation(ctx: ClusterContext, name: string): Promise<void>;
/** Read-only: some LB that answers holds this control plane drained. */
export declare function outOfRotation(ctx: ClusterContext, name: string): Promise<boolean>;
