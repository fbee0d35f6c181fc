import type { Command } from 'commander';
export declare function registerArtifacts(program: Command): void;
