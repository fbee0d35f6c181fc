import type { Command } from 'commander';
/** `kubeha etcd`: the cluster's etcd snapshot and its recovery from one. */
export declare function registerEtcd(program: Command): void;
