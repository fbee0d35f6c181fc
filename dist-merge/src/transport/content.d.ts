import type { Host } from './host.js';
/**
 * Content-addressed transfers: a file of the admin machine that a host needs is named by its sha256 and sent
 * over SSH only when the host has no verified copy. A host looks in two places, in this order:
 * - its own cache, HOST_CONTENT_DIR/<sha256>: what earlier transfers left there (kept, so a run cut short, a
 *   reset host or an upgrade sends nothing twice);
 * - SHARED_CONTENT_DIR/<sha256>: content the machine's owner offers read-only, without copying it per host (the
 *   lab binds the admin machine's artifacts and host packages there).
 * A copy counts only if its sha256 matches, checked on the host each time it is used.
 */
export declare const HOST_CONTENT_DIR = "/var/cache/kubeha/content/sha256";
/** Where a machine's owner may mount shared content (read-only); kubeha only reads SHARED_CONTENT_DIR below it. */
export declare const SHARED_CONTENT_ROOT = "/var/cache/kubeha-shared";
export declare const SHARED_CONTENT_DIR = "/var/cache/kubeha-shared/sha256";
/** Where a host keeps content (tests use other directories). */
export interface ContentStores {
    cache: string;
    shared: string;
    incoming: string;
}
export declare const HOST_STORES: ContentStores;
/** A file of the admin machine, by content. */
export interface Content {
    sha256: string;
    size: number;
    /** Where it is on the admin machine. */
    file: string;
}
/** How the host came to have each content: already there (its cache or the shared store) or sent now. */
export interface Provided {
    /** sha256 → the path on the host. */
    paths: Map<string, string>;
    /** The content sent over SSH (the rest was on the host already). */
    sent: Content[];
}
/** The host's verified copies of these contents (sha256 → path). Read-only. */
export declare function findContent(host: Host, items: readonly Pick<Content, 'sha256'>[], stores?: ContentStores): Promise<Map<string, string>>;
/**
 * Makes every content available on the host, sending over SSH only what it has no verified copy of (one file
 * per transfer: each is held in memory whole). Returns where each one is on the host.
 */
export declare function provideContent(host: Host, items: readonly Content[], stores?: ContentStores): Promise<Provided>;
/** Where provideContent put this content on the host. */
export declare function pathOf(provided: Provided, item: Pick<Content, 'sha256'>): string;
