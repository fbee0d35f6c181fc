/** Official Kubernetes release binaries, checked against the published .sha256 files. */
export declare const DEFAULT_RELEASE_BASE_URL = "https://dl.k8s.io/release";
export interface DownloadOptions {
    baseUrl: string;
    version: string;
    binaries: readonly string[];
    destDir: string;
    /** How long to wait for a server to answer (headers); short, so an unreachable mirror fails fast. */
    connectTimeoutMs?: number;
}
export declare function releaseUrl(baseUrl: string, version: string, binary: string): string;
/** The first word of a .sha256 file (they hold the bare digest, sometimes followed by the file name). */
export declare function parseSha256File(text: string): string | undefined;
/**
 * Downloads each binary to a temporary name next to its destination, hashing as it streams, and renames it
 * into place only when the digest matches. Throws on the first failure, leaving no partial file behind.
 */
export declare function downloadReleaseBinaries(options: DownloadOptions): Promise<void>;
