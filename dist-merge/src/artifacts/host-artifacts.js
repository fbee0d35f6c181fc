import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDebian } from './debian.js';
import { ensureArtifacts } from './ensure.js';
import { sha256File } from './files.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
/** A file of the release's entry by content, from its manifest. */
export function releaseContent(artifacts, rel) {
    const entry = artifacts.manifest.files[rel];
    if (entry === undefined)
        throw new Error(`${rel} is not in the manifest of ${artifacts.kubernetes.dir}`);
    return { sha256: entry.sha256, size: entry.size, file: join(artifacts.kubernetes.dir, rel) };
}
/** A local file by content (hashed here). */
export async function fileContent(file) {
    const [sha256, st] = await Promise.all([sha256File(file), stat(file)]);
    return { sha256, size: st.size, file };
}
export async function debContent(debian) {
    const [node, lb] = await Promise.all([Promise.all(debian.debs.node.map(fileContent)), Promise.all(debian.debs['load-balancer'].map(fileContent))]);
    return { node, 'load-balancer': lb };
}
export async function loadHostArtifacts(version, emit) {
    const [kubernetes, debian] = await Promise.all([ensureArtifacts({ version, emit }), ensureDebian({ emit })]);
    const manifest = parseManifest(await readFile(join(kubernetes.dir, MANIFEST_FILE), 'utf8'));
    // ensureArtifacts has just checked it against every file.
    return { kubernetes, manifest: manifest, debian, debContent: await debContent(debian) };
}
//# sourceMappingURL=host-artifacts.js.map