import type { Power } from './power.js';
/** The lab's hosts are powered off for real: every process of the host's namespaces killed at once. */
export declare function labPower(labName: string): Power;
