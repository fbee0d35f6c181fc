/**
 * The one place where an argv becomes shell text: the SSH boundary (a remote exec takes a string).
 * Everything else passes argv arrays.
 */
export declare function quoteArg(arg: string): string;
export declare function quoteArgv(argv: readonly string[]): string;
