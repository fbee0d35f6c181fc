export declare function addFile(rootfs: string, src: string, dest: string, mode?: number): Promise<void>;
export declare function addText(rootfs: string, dest: string, text: string, mode?: number): Promise<void>;
export declare function addSymlink(rootfs: string, path: string, target: string): Promise<void>;
export declare function addDir(rootfs: string, path: string, mode?: number): Promise<void>;
/** The shared libraries (and the loader) ldd reports for an ELF file; none for a static one. */
export declare function parseLdd(output: string): string[];
/** Copies a dynamically linked program and every library it loads to the same paths inside rootfs. */
export declare function addWithLibraries(rootfs: string, src: string, dest?: string): Promise<void>;
/** Copies every file of a host directory of loadable modules (e.g. xtables extensions) with their libraries. */
export declare function addModuleDir(rootfs: string, dir: string): Promise<void>;
