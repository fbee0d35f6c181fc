import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles, sha256File, writeFileAtomic } from './files.js';
/**
 * The manifest of a cache entry: the sha256 of every file in it. It is written last, so an entry without
 * one, or with a file that is missing or does not match, was never finished (or was damaged since).
 */
export const MANIFEST_FILE = 'manifest.json';
export function parseManifest(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value !== 'object' || value === null)
            return undefined;
        const { version, files } = value;
        if (typeof version !== 'string' || typeof files !== 'object' || files === null)
            return undefined;
        for (const entry of Object.values(files)) {
            const e = entry;
            if (typeof e.sha256 !== 'string' || typeof e.size !== 'number')
                return undefined;
        }
        return value;
    }
    catch {
        return undefined;
    }
}
/** Hashes every file below dir (except the manifest) and writes the manifest; call it after all else. */
export async function writeManifest(dir, version) {
    const files = {};
    for (const rel of await listFiles(dir)) {
        if (rel === MANIFEST_FILE)
            continue;
        const path = join(dir, rel);
        files[rel] = { sha256: await sha256File(path), size: (await stat(path)).size };
    }
    const manifest = { version, files };
    await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
/** Checks every file the manifest names; `intact` lists those that can be reused when rebuilding. */
export async function checkManifest(dir, version) {
    let text;
    try {
        text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
    }
    catch {
        return { ok: false, problems: [`${MANIFEST_FILE} is missing`], intact: new Set() };
    }
    const manifest = parseManifest(text);
    if (!manifest)
        return { ok: false, problems: [`${MANIFEST_FILE} is not valid`], intact: new Set() };
    const problems = [];
    if (manifest.version !== version)
        problems.push(`${MANIFEST_FILE} is for ${manifest.version}, not ${version}`);
    const intact = new Set();
    for (const [rel, expected] of Object.entries(manifest.files)) {
        const path = join(dir, rel);
        let size;
        try {
            size = (await stat(path)).size;
        }
        catch {
            problems.push(`${rel} is missing`);
            continue;
        }
        if (size !== expected.size) {
            problems.push(`${rel} has ${size} bytes, expected ${expected.size}`);
            continue;
        }
        const actual = await sha256File(path);
        if (actual !== expected.sha256)
            problems.push(`${rel} does not match its sha256`);
        else
            intact.add(rel);
    }
    return problems.length === 0 ? { ok: true, manifest } : { ok: false, problems, manifest, intact };
}
//# sourceMappingURL=manifest.js.map