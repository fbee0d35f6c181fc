/** Small filesystem helpers for the artifact cache: every write lands under a temporary name first. */
export declare function sha256File(path: string): Promise<string>;
export declare function tempNameFor(path: string): string;
export declare function writeFileAtomic(path: string, data: string | Buffer, mode?: number): Promise<void>;
/** Copies src to dest under a temporary name, then renames it into place. */
export declare function copyFileAtomic(src: string, dest: string, mode?: number): Promise<void>;
/**
 * Places an already verified file into a new entry. A hard link is enough because cache files are never
 * modified in place (they are only ever replaced by rename); across file systems it falls back to a copy.
 */
export declare function reuseFile(src: string, dest: string): Promise<void>;
/** Regular files below dir, as paths relative to it, sorted; hidden partial files are left out. */
export declare function listFiles(dir: string): Promise<string[]>;
