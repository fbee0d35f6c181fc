import type { Command } from 'commander';
/** `kubeha config validate|print`: kubeadm's config commands for v1beta4 files. */
export declare function registerKubeadmConfig(program: Command): void;
