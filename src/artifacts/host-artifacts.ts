import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventSink } from '../events.js';
import { ensureDebian, type DebianSet } from './debian.js';
import { ensureArtifacts } from './ensure.js';
import type { ArtifactSet } from './layout.js';
import { MANIFEST_FILE, parseManifest, type Manifest } from './manifest.js';

/** What host preparation copies to hosts: one Kubernetes release's artifacts and the Debian host packages. */
export interface HostArtifacts {
  kubernetes: ArtifactSet;
  /** sha256 of every file of the release's entry (paths relative to it, e.g. bin/kubelet). */
  manifest: Manifest;
  debian: DebianSet;
}

export async function loadHostArtifacts(version: string, emit: EventSink): Promise<HostArtifacts> {
  const [kubernetes, debian] = await Promise.all([ensureArtifacts({ version, emit }), ensureDebian({ emit })]);
  const manifest = parseManifest(await readFile(join(kubernetes.dir, MANIFEST_FILE), 'utf8'));
  // ensureArtifacts has just checked it against every file.
  return { kubernetes, manifest: manifest!, debian };
}
