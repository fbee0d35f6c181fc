import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pack, type Pack } from 'tar-stream';
import type { FileSource, FileToWrite } from './host.js';

/**
 * Suffix of the staged name each file is unpacked to before the rename that makes it visible: one per
 * transfer. A transfer from a killed kubeha may still be unpacking on the host when the next run writes the same
 * file; with a shared staged name one of the two renames lost its file (seen in the crash e2e test).
 */
export function stagedSuffix(): string {
  return `.kubeha-new-${randomBytes(4).toString('hex')}`;
}

/**
 * The staged name is hidden (a dot first) in the file's own directory: a directory watcher skips it. The kubelet
 * reads every file of /etc/kubernetes/manifests except dot-files, and logged "can't process config file
 * kube-apiserver.yaml.kubeha-new-…" for each staged manifest while the name was visible (upgrade, lab).
 */
export function stagedPath(path: string, suffix: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}${suffix}`;
}

/** The bytes of a source file, failing (instead of passing them on) when there are more or fewer than its declared size. */
export function readSource(source: FileSource): Readable {
  return Readable.from(checkedBytes(source), { objectMode: false });
}

async function* checkedBytes(source: FileSource): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of createReadStream(source.file) as AsyncIterable<Buffer>) {
    seen += chunk.length;
    // Checked before the chunk goes on: bytes past the size a tar header announced would corrupt the archive.
    if (seen > source.size) throw new Error(`${source.file} is larger than its declared ${source.size} bytes (did it change after it was measured?)`);
    yield chunk;
  }
  if (seen !== source.size) throw new Error(`${source.file} has ${seen} bytes, not its declared ${source.size} (did it change after it was measured?)`);
}

/**
 * One tar archive carrying every file (with its mode) under its staged name, paths relative to /, produced as it
 * is read: a source file is read from disk only as fast as the archive is consumed, so memory stays at the
 * streams' buffers whatever the files' sizes.
 */
export function tarStream(files: readonly FileToWrite[], suffix: string): Readable {
  for (const file of files) if (!file.path.startsWith('/')) throw new Error(`file path must be absolute: ${file.path}`);
  const archive = pack();
  addEntries(archive, files, suffix).then(
    () => archive.finalize(),
    (err: unknown) => archive.destroy(err as Error),
  );
  return Readable.from(archive, { objectMode: false });
}

/** One entry at a time: tar-stream writes an entry's bytes right after its header, so the next waits for this one. */
async function addEntries(archive: Pack, files: readonly FileToWrite[], suffix: string): Promise<void> {
  for (const file of files) {
    const header = { name: stagedPath(file.path, suffix).slice(1), mode: file.mode, uid: 0, gid: 0 };
    if (file.source === undefined) {
      const data = typeof file.data === 'string' ? Buffer.from(file.data) : file.data;
      await new Promise<void>((resolve, reject) => archive.entry({ ...header, size: data.length }, data, (err) => (err ? reject(err) : resolve())));
    } else {
      await pipeline(readSource(file.source), archive.entry({ ...header, size: file.source.size }));
    }
  }
}

/**
 * The argv that unpacks such an archive from stdin and renames every staged file into place.
 * The script is a constant; paths travel as positional arguments, never spliced into it.
 */
export function untarArgv(paths: readonly string[], suffix: string): string[] {
  const dirs = [...new Set(paths.map((p) => p.slice(0, p.lastIndexOf('/')) || '/'))];
  return [
    'sh',
    '-c',
    'set -e; s=$1; shift; n=$1; shift; i=0; while [ "$i" -lt "$n" ]; do mkdir -p "$1"; shift; i=$((i+1)); done; ' +
      'tar -x -p -C / -f -; for f; do mv -f -- "${f%/*}/.${f##*/}$s" "$f"; done',
    'kubeha-put',
    suffix,
    String(dirs.length),
    ...dirs,
    ...paths,
  ];
}
