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
export function releaseUrl(baseUrl, version, binary) {
    return `${baseUrl.replace(/\/+$/, '')}/${version}/bin/linux/amd64/${binary}`;
}
async function get(url, timeoutMs, doing) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
        const response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
        if (!response.ok)
            throw new KubehaError(`${url} answered ${response.status}`, { doing });
        return response;
    }
    catch (err) {
        if (err instanceof KubehaError)
            throw err;
        const why = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : err instanceof Error ? err.message : String(err);
        throw new KubehaError(`cannot fetch ${url}: ${why}`, { doing }, { cause: err });
    }
    finally {
        clearTimeout(timer);
    }
}
/** The first word of a .sha256 file (they hold the bare digest, sometimes followed by the file name). */
export function parseSha256File(text) {
    const word = text.trim().split(/\s+/)[0]?.toLowerCase();
    return word !== undefined && /^[0-9a-f]{64}$/.test(word) ? word : undefined;
}
/**
 * Downloads each binary to a temporary name next to its destination, hashing as it streams, and renames it
 * into place only when the digest matches. Throws on the first failure, leaving no partial file behind.
 */
export async function downloadReleaseBinaries(options) {
    const timeoutMs = options.connectTimeoutMs ?? 3000;
    await mkdir(options.destDir, { recursive: true });
    for (const binary of options.binaries) {
        const doing = `downloading ${binary} ${options.version}`;
        const url = releaseUrl(options.baseUrl, options.version, binary);
        const expected = parseSha256File(await (await get(`${url}.sha256`, timeoutMs, doing)).text());
        if (expected === undefined)
            throw new KubehaError(`${url}.sha256 does not hold a sha256 digest`, { doing });
        const response = await get(url, timeoutMs, doing);
        if (!response.body)
            throw new KubehaError(`${url} sent no body`, { doing });
        const dest = join(options.destDir, binary);
        const temp = tempNameFor(dest);
        const hash = createHash('sha256');
        try {
            const body = Readable.fromWeb(response.body);
            body.on('data', (chunk) => hash.update(chunk));
            await pipeline(body, createWriteStream(temp, { mode: 0o755 }));
            const actual = hash.digest('hex');
            if (actual !== expected) {
                throw new KubehaError(`checksum mismatch for ${binary}: ${url}.sha256 says ${expected.slice(0, 12)}…, the download is ${actual.slice(0, 12)}…`, { doing });
            }
            await chmod(temp, 0o755);
            await rename(temp, dest);
        }
        finally {
            await rm(temp, { force: true });
        }
    }
}
//# sourceMappingURL=download.js.map