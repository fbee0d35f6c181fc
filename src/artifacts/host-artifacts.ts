import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventSink } from '../events.js';
import type { Content } from '../transport/content.js';
import { ensureDebian, type DebianSet, type PreparedRole } from './debian.js';
import { ensureArtifacts } from './ensure.js';
import { sha256File } from './files.js';
import type { ArtifactSet } from './layout.js';
import { MANIFEST_FILE, parseManifest, type Manifest } from './manifest.js';

/** What host preparation copies to hosts: one Kubernetes release's artifacts and the Debian host packages. */
export interface HostArtifacts {
  kubernetes: ArtifactSet;
  /** sha256 of every file of the release's entry (paths relative to it, e.g. bin/kubelet). */
  manifest: Manifest;
  debian: DebianSet;
  /** Per role, the host packages by content (in the order of debian.debs). */
  debContent: Record<PreparedRole, Content[]>;
}

/** A file of the release's entry by content, from its manifest. */
export function releaseContent(artifacts: Pick<HostArtifacts, 'kubernetes' | 'manifest'>, rel: string): Content {
  const entry = artifacts.manifest.files[rel];
  if (entry === undefined) throw new Error(`${rel} is not in the manifest of ${artifacts.kubernetes.dir}`);
  return { sha256: entry.sha256, size: entry.size, file: join(artifacts.kubernetes.dir, rel) };
}

/** A local file by content (hashed here). */
export async function fileContent(file: string): Promise<Content> {
  const [sha256, st] = await Promise.all([sha256File(file), stat(file)]);
  return { sha256, size: st.size, file };
}

export async function debContent(debian: DebianSet): Promise<Record<PreparedRole, Content[]>> {
  const [node, lb] = await Promise.all([Promise.all(debian.debs.node.map(fileContent)), Promise.all(debian.debs['load-balancer'].map(fileContent))]);
  return { node, 'load-balancer': lb };
}

export async function loadHostArtifacts(version: string, emit: EventSink): Promise<HostArtifacts> {
  const [kubernetes, debian] = await Promise.all([ensureArtifacts({ version, emit }), ensureDebian({ emit })]);
  const manifest = parseManifest(await readFile(join(kubernetes.dir, MANIFEST_FILE), 'utf8'));
  // ensureArtifacts has just checked it against every file.
  return { kubernetes, manifest: manifest!, debian, debContent: await debContent(debian) };
}
