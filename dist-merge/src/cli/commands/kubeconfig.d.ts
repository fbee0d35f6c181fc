import type { Command } from 'commander';
/** `kubeha kubeconfig export|delete`: the cluster's context `kubeha-<name>` in kubectl's kubeconfig, as kind keeps `kind-<name>`. */
export declare function registerKubeconfig(program: Command): void;
