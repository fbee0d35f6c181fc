import type { Command } from 'commander';

export function registerKubeadm(_program: Command): void {}
