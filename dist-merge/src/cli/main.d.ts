/**
 * The CLI entry: builds the command tree and is the one place that catches, prints and picks the exit code. With
 * `-o json` an error is one NDJSON event on stdout, like every other event of the command.
 */
export declare function main(argv: readonly string[]): Promise<number>;
