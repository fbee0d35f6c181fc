import type { Command } from 'commander';
/** Each area of the CLI registers its own commands; this list is the whole tree. */
export declare const commandGroups: ReadonlyArray<(program: Command) => void>;
