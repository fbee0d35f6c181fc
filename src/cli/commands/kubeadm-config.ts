import type { Command } from 'commander';

export function registerKubeadmConfig(_program: Command): void {}
