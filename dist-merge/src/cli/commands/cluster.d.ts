import { Option, type Command } from 'commander';
import { type LoadedCluster } from '../../config/cluster.js';
/** `-f FILE`, or `-f -` for the standard input (named <stdin> in errors); read and validated before any host is contacted. */
export declare function readCluster(file: string): Promise<LoadedCluster>;
/** `--concurrency N`: the most hosts of one step at once; a positive integer (else an input error, exit 2). */
export declare const concurrencyOption: () => Option;
export declare const outputOption: () => Option;
export declare function registerCluster(program: Command): void;
