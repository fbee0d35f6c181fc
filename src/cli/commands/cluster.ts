import type { Command } from 'commander';

export function registerCluster(_program: Command): void {}
