import type { DebianSet } from '../artifacts/debian.js';
import { type EventSink } from '../events.js';
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
export declare const SHARED_HOST_FILES: RegExp;
export declare function sharedDir(labDir: string): string;
/**
 * Makes the lab's shared directory. A file that cannot be linked (another file system) or whose size is not
 * the manifest's is left out: hosts are sent it over SSH. Returns how many files it holds.
 */
export declare function makeSharedContent(labDir: string, debian: DebianSet, events: EventSink, root?: string): Promise<number>;
