import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';

/** What errors call the standard input (`-f -`). */
export const STDIN_NAME = '<stdin>';

/**
 * Reads FILE (`-` for the standard input) as UTF-8, stopping at the first chunk past maxBytes: `-f /dev/zero` ends
 * there, with tooLarge's InputError. A file that cannot be read is an InputError naming it.
 */
export async function readInput(file: string, maxBytes: number, tooLarge: (name: string) => InputError): Promise<{ name: string; text: string }> {
  const name = file === '-' ? STDIN_NAME : file;
  const chunks: Buffer[] = [];
  let size = 0;
  const source = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(name);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : (err as Error).message;
    throw new InputError(`reading ${name}`, [{ path: name, message: why }], { file: name });
  } finally {
    if (file !== '-') source.destroy();
  }
  return { name, text: Buffer.concat(chunks).toString('utf8') };
}
