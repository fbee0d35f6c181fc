import type { ClusterContext } from '../../cluster/context.js';
import { type Content, type Provided } from '../../transport/content.js';
/**
 * provideContent on one host of the cluster, with a debug event saying what was found there and what had to be
 * sent, and how long that took (the part of host preparation that is transfer, apart from the install).
 */
export declare function provideOn(ctx: ClusterContext, name: string, what: string, items: readonly Content[]): Promise<Provided>;
