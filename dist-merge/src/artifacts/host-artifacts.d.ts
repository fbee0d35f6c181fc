import type { EventSink } from '../events.js';
import { type DebianSet } from './debian.js';
import type { ArtifactSet } from './layout.js';
import { type Manifest } from './manifest.js';
/** What host preparation copies to hosts: one Kubernetes release's artifacts and the Debian host packages. */
export interface HostArtifacts {
    kubernetes: ArtifactSet;
    /** sha256 of every file of the release's entry (paths relative to it, e.g. bin/kubelet). */
    manifest: Manifest;
    debian: DebianSet;
}
export declare function loadHostArtifacts(version: string, emit: EventSink): Promise<HostArtifacts>;
