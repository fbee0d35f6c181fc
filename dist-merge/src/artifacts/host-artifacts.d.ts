import type { EventSink } from '../events.js';
import type { Content } from '../transport/content.js';
import { type DebianSet, type PreparedRole } from './debian.js';
import type { ArtifactSet } from './layout.js';
import { type Manifest } from './manifest.js';
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
export declare function releaseContent(artifacts: Pick<HostArtifacts, 'kubernetes' | 'manifest'>, rel: string): Content;
/** A local file by content (hashed here). */
export declare function fileContent(file: string): Promise<Content>;
export declare function debContent(debian: DebianSet): Promise<Record<PreparedRole, Content[]>>;
export declare function loadHostArtifacts(version: string, emit: EventSink): Promise<HostArtifacts>;
