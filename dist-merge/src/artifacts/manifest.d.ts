/**
 * The manifest of a cache entry: the sha256 of every file in it. It is written last, so an entry without
 * one, or with a file that is missing or does not match, was never finished (or was damaged since).
 */
export declare const MANIFEST_FILE = "manifest.json";
export interface Manifest {
    version: string;
    files: Record<string, {
        sha256: string;
        size: number;
    }>;
}
export type ManifestCheck = {
    ok: true;
    manifest: Manifest;
} | {
    ok: false;
    problems: string[];
    manifest?: Manifest;
    intact: ReadonlySet<string>;
};
export declare function parseManifest(text: string): Manifest | undefined;
/** Hashes every file below dir (except the manifest) and writes the manifest; call it after all else. */
export declare function writeManifest(dir: string, version: string): Promise<Manifest>;
/** Checks every file the manifest names; `intact` lists those that can be reused when rebuilding. */
export declare function checkManifest(dir: string, version: string): Promise<ManifestCheck>;
