import type { Command } from 'commander';
export declare function registerSetup(program: Command): void;
