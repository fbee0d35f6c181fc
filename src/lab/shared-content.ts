import { existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { debContent } from '../artifacts/host-artifacts.js';
import type { DebianSet } from '../artifacts/debian.js';
import { cacheRoot } from '../artifacts/layout.js';
import { MANIFEST_FILE, parseManifest } from '../artifacts/manifest.js';
import { emitter, type EventSink } from '../events.js';
import type { Content } from '../transport/content.js';

/**
 * The lab's one exception to "a host sees nothing of this machine": the admin machine's artifacts and host
 * packages, offered to every host read-only at SHARED_CONTENT_DIR (transport/content.ts), so `up` copies none of
 * them per host. It is a directory of the lab, `<lab>/shared/sha256/<sha256>`, of hard links to the cache's files
 * (the cache replaces files by rename, never in place, so a link keeps its content), made when the lab is
 * created and removed with it; each host binds it read-only. Only files hosts are sent: kubelet, kubeadm,
 * kubectl and the image archives of every release in the cache, and the .deb files of the host packages.
 * Measured: issue 18's labs imported 9 images into each host at creation (38 s for 6 hosts); over SSH, `up`'s
 * host preparation sent ~450 MB to each control plane.
 */

export const SHARED_HOST_FILES = /^(bin\/(kubelet|kubeadm|kubectl)|images\/[^/]+\.tar)$/;

export function sharedDir(labDir: string): string {
  return join(labDir, 'shared');
}

/** The release files of every complete artifacts entry in the cache that hosts are sent, by content (from the manifests). */
async function releaseFiles(root: string): Promise<Content[]> {
  const out: Content[] = [];
  const entries: string[] = [];
  // The releases' artifacts, and the conformance test images (artifacts/test-images.ts) where they are built.
  for (const kind of ['artifacts', 'test-images']) {
    for (const version of await readdir(join(root, kind)).catch(() => [] as string[])) entries.push(join(root, kind, version));
  }
  for (const dir of entries) {
    const manifest = parseManifest(await readFile(join(dir, MANIFEST_FILE), 'utf8').catch(() => ''));
    if (manifest === undefined) continue;
    for (const [rel, e] of Object.entries(manifest.files)) if (SHARED_HOST_FILES.test(rel)) out.push({ sha256: e.sha256, size: e.size, file: join(dir, rel) });
  }
  return out;
}

/**
 * Makes the lab's shared directory. A file that cannot be linked (another file system) or whose size is not
 * the manifest's is left out: hosts are sent it over SSH. Returns how many files it holds.
 */
export async function makeSharedContent(labDir: string, debian: DebianSet, events: EventSink, root = cacheRoot()): Promise<number> {
  const emit = emitter(events);
  const dir = join(sharedDir(labDir), 'sha256');
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const debs = await debContent(debian);
  const items = [...(await releaseFiles(root)), ...debs.node, ...debs['load-balancer']];
  const linked = new Set<string>();
  const left: string[] = [];
  for (const item of items) {
    if (linked.has(item.sha256)) continue;
    const size = (await stat(item.file).catch(() => undefined))?.size;
    const dest = join(dir, item.sha256);
    try {
      if (size !== item.size) throw new Error(`${size ?? 'no'} bytes, ${item.size} expected`);
      if (!existsSync(dest)) await link(item.file, dest);
      linked.add(item.sha256);
    } catch (err) {
      left.push(`${item.file} (${(err as Error).message})`);
    }
  }
  if (left.length > 0) emit({ type: 'log', level: 'warn', message: `not shared with the lab's hosts (up sends them over SSH): ${left.join('; ')}` });
  return linked.size;
}
