import { Command } from 'commander';
/**
 * The node-local kubeadm-compatible commands: `init phase certs|kubeconfig|etcd|control-plane|upload-certs`,
 * `certs …` and `token …`, with kubeadm's names and flags.
 */
export declare function registerKubeadm(program: Command): void;
