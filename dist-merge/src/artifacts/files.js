import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
/** Small filesystem helpers for the artifact cache: every write lands under a temporary name first. */
export function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = createHash('sha256');
        createReadStream(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
export function tempNameFor(path) {
    return join(dirname(path), `.${randomBytes(6).toString('hex')}.partial`);
}
export async function writeFileAtomic(path, data, mode = 0o644) {
    await mkdir(dirname(path), { recursive: true });
    const temp = tempNameFor(path);
    try {
        await writeFile(temp, data, { mode });
        await chmod(temp, mode);
        await rename(temp, path);
    }
    catch (err) {
        await rm(temp, { force: true });
        throw err;
    }
}
/** Copies src to dest under a temporary name, then renames it into place. */
export async function copyFileAtomic(src, dest, mode) {
    await mkdir(dirname(dest), { recursive: true });
    const temp = tempNameFor(dest);
    try {
        await copyFile(src, temp);
        if (mode !== undefined)
            await chmod(temp, mode);
        await rename(temp, dest);
    }
    catch (err) {
        await rm(temp, { force: true });
        throw err;
    }
}
/**
 * Places an already verified file into a new entry. A hard link is enough because cache files are never
 * modified in place (they are only ever replaced by rename); across file systems it falls back to a copy.
 */
export async function reuseFile(src, dest) {
    await mkdir(dirname(dest), { recursive: true });
    await rm(dest, { force: true });
    try {
        await link(src, dest);
    }
    catch {
        await copyFileAtomic(src, dest);
    }
}
/** Regular files below dir, as paths relative to it, sorted; hidden partial files are left out. */
export async function listFiles(dir) {
    const out = [];
    async function walk(rel) {
        const entries = await readdir(join(dir, rel), { withFileTypes: true });
        for (const entry of entries) {
            const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
            if (entry.name.endsWith('.partial'))
                continue;
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                out.push(path);
        }
    }
    await walk('');
    return out.sort();
}
//# sourceMappingURL=files.js.map