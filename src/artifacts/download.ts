import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { KubehaError } from '../errors.js';
import { tempNameFor } from './files.js';

/** Official Kubernetes release binaries, checked against the published .sha256 files. */

export const DEFAULT_RELEASE_BASE_URL = 'https://dl.k8s.io/release';

export interface DownloadOptions {
  baseUrl: string;
  version: string;
  binaries: readonly string[];
  destDir: string;
  /** How long to wait for a server to answer (headers); short, so an unreachable mirror fails fast. */
  connectTimeoutMs?: number;
}

export function releaseUrl(baseUrl: string, version: string, binary: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${version}/bin/linux/amd64/${binary}`;
}

async function get(url: string, timeoutMs: number, doing: string): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok) throw new KubehaError(`${url} answered ${response.status}`, { doing });
    return response;
  } catch (err) {
    if (err instanceof KubehaError) throw err;
    const why = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : err instanceof Error ? err.message : String(err);
    throw new KubehaError(`cannot fetch ${url}: ${why}`, { doing }, { cause: err });
  } finally {
    clearTimeout(timer);
  }
}

/** The first word of a .sha256 file (they hold the bare digest, sometimes followed by the file name). */
export function parseSha256File(text: string): string | undefined {
  const word = text.trim().split(/\s+/)[0]?.toLowerCase();
  return word !== undefined && /^[0-9a-f]{64}$/.test(word) ? word : undefined;
}

/**
 * Downloads url to a temporary name next to dest, hashing as it streams, and renames it into place only when
 * the digest is `expected`. Leaves no partial file behind.
 */
export async function downloadVerified(args: { url: string; expected: string; dest: string; mode: number; timeoutMs: number; doing: string; name: string }): Promise<void> {
  const response = await get(args.url, args.timeoutMs, args.doing);
  if (!response.body) throw new KubehaError(`${args.url} sent no body`, { doing: args.doing });
  const temp = tempNameFor(args.dest);
  const hash = createHash('sha256');
  try {
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.on('data', (chunk: Buffer) => hash.update(chunk));
    await pipeline(body, createWriteStream(temp, { mode: args.mode }));
    const actual = hash.digest('hex');
    if (actual !== args.expected) {
      throw new KubehaError(`checksum mismatch for ${args.name}: expected ${args.expected.slice(0, 12)}…, the download of ${args.url} is ${actual.slice(0, 12)}…`, {
        doing: args.doing,
      });
    }
    await chmod(temp, args.mode);
    await rename(temp, args.dest);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Downloads each binary, checked against its published .sha256. Throws on the first failure. */
export async function downloadReleaseBinaries(options: DownloadOptions): Promise<void> {
  const timeoutMs = options.connectTimeoutMs ?? 3000;
  await mkdir(options.destDir, { recursive: true });
  for (const binary of options.binaries) {
    const doing = `downloading ${binary} ${options.version}`;
    const url = releaseUrl(options.baseUrl, options.version, binary);
    const expected = parseSha256File(await (await get(`${url}.sha256`, timeoutMs, doing)).text());
    if (expected === undefined) throw new KubehaError(`${url}.sha256 does not hold a sha256 digest`, { doing });
    await downloadVerified({ url, expected, dest: join(options.destDir, binary), mode: 0o755, timeoutMs, doing, name: binary });
  }
}
