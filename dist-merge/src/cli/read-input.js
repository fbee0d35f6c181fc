import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
/** What errors call the standard input (`-f -`). */
export const STDIN_NAME = '<stdin>';
/**
 * Reads FILE (`-` for the standard input) as UTF-8, stopping at the first chunk past maxBytes: `-f /dev/zero` ends
 * there, with tooLarge's InputError. A file that cannot be read is an InputError naming it.
 */
export async function readInput(file, maxBytes, tooLarge) {
    const name = file === '-' ? STDIN_NAME : file;
    const chunks = [];
    let size = 0;
    const source = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 64 * 1024 });
    try {
        for await (const chunk of source) {
            size += chunk.length;
            if (size > maxBytes)
                throw tooLarge(name);
            chunks.push(chunk);
        }
    }
    catch (err) {
        if (err instanceof InputError)
            throw err;
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : err.message;
        throw new InputError(`reading ${name}`, [{ path: name, message: why }], { file: name });
    }
    finally {
        if (file !== '-')
            source.destroy();
    }
    return { name, text: Buffer.concat(chunks).toString('utf8') };
}
//# sourceMappingURL=read-input.js.map