import { InputError } from '../errors.js';
/** What errors call the standard input (`-f -`). */
export declare const STDIN_NAME = "<stdin>";
/**
 * Reads FILE (`-` for the standard input) as UTF-8, stopping at the first chunk past maxBytes: `-f /dev/zero` ends
 * there, with tooLarge's InputError. A file that cannot be read is an InputError naming it.
 */
export declare function readInput(file: string, maxBytes: number, tooLarge: (name: string) => InputError): Promise<{
    name: string;
    text: string;
}>;
