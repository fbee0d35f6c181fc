import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDebian } from './debian.js';
import { ensureArtifacts } from './ensure.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
export async function loadHostArtifacts(version, emit) {
    const [kubernetes, debian] = await Promise.all([ensureArtifacts({ version, emit }), ensureDebian({ emit })]);
    const manifest = parseManifest(await readFile(join(kubernetes.dir, MANIFEST_FILE), 'utf8'));
    // ensureArtifacts has just checked it against every file.
    return { kubernetes, manifest: manifest, debian };
}
//# sourceMappingURL=host-artifacts.js.map