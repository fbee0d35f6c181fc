import type { Command } from 'commander';
export declare function registerDrill(program: Command): void;
