import { type Command } from 'commander';
/** `kubeha lab up|down|kubeconfig`: the lab plus a cluster on it (the README's main command). */
export declare function registerLabCluster(program: Command): void;
