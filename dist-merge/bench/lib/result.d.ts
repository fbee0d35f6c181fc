export declare function met(value: number, target: string): boolean;
/** Prints a RESULT line; a value that was not measured (undefined, NaN) fails its target. */
export declare function result(name: string, value: number | undefined, target: string | 'info', digits?: number): boolean;
