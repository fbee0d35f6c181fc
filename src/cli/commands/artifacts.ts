import type { Command } from 'commander';

export function registerArtifacts(_program: Command): void {}
