import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile, chmod } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { run } from '../util/process.js';
import { readSource, stagedPath, stagedSuffix } from './tar.js';
import type { ExecOptions, ExecResult, FileToWrite, Host } from './host.js';

/** This machine as a Host: used by the node-local commands (`kubeha init phase …`) and by tests. */
export class LocalHost implements Host {
  constructor(readonly name = 'localhost') {}

  exec(argv: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    return run(argv, { ...options, host: this.name });
  }

  async readFile(path: string): Promise<Buffer | undefined> {
    try {
      return await readFile(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async writeFiles(files: readonly FileToWrite[]): Promise<void> {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true, mode: 0o755 });
      const tmp = stagedPath(file.path, stagedSuffix());
      try {
        if (file.source === undefined) await writeFile(tmp, file.data, { mode: file.mode });
        else await pipeline(readSource(file.source), createWriteStream(tmp, { mode: file.mode }));
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      await chmod(tmp, file.mode);
      await rename(tmp, file.path);
    }
  }

  async close(): Promise<void> {}
}
