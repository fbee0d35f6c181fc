import type { Command } from 'commander';
export declare function registerLab(program: Command): void;
