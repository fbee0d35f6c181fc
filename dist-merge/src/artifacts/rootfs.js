import { chmod, copyFile, mkdir, readdir, realpath, symlink, writeFile, lstat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { run } from '../util/process.js';
/** Filling an image's root file system from files on this machine. */
function inside(rootfs, path) {
    return join(rootfs, path.replace(/^\/+/, ''));
}
export async function addFile(rootfs, src, dest, mode = 0o755) {
    const target = inside(rootfs, dest);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(await realpath(src), target);
    await chmod(target, mode);
}
export async function addText(rootfs, dest, text, mode = 0o644) {
    const target = inside(rootfs, dest);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, { mode });
}
export async function addSymlink(rootfs, path, target) {
    const link = inside(rootfs, path);
    await mkdir(dirname(link), { recursive: true });
    await symlink(target, link);
}
export async function addDir(rootfs, path, mode = 0o755) {
    const dir = inside(rootfs, path);
    await mkdir(dir, { recursive: true });
    await chmod(dir, mode);
}
/** The shared libraries (and the loader) ldd reports for an ELF file; none for a static one. */
export function parseLdd(output) {
    const libs = [];
    for (const line of output.split('\n')) {
        const arrow = /=>\s+(\/\S+)/.exec(line);
        const bare = /^\s*(\/\S+)\s+\(/.exec(line);
        const path = arrow?.[1] ?? bare?.[1];
        if (path !== undefined)
            libs.push(path);
    }
    return libs;
}
async function sharedLibraries(file) {
    const result = await run(['ldd', file], { allowFailure: true, doing: `listing the libraries of ${file}` });
    return result.code === 0 ? parseLdd(result.stdout) : [];
}
/** Copies a dynamically linked program and every library it loads to the same paths inside rootfs. */
export async function addWithLibraries(rootfs, src, dest = src) {
    await addFile(rootfs, src, dest);
    for (const lib of await sharedLibraries(src)) {
        const target = inside(rootfs, lib);
        const present = await lstat(target).then(() => true, () => false);
        if (!present)
            await addFile(rootfs, lib, lib);
    }
}
/** Copies every file of a host directory of loadable modules (e.g. xtables extensions) with their libraries. */
export async function addModuleDir(rootfs, dir) {
    for (const name of await readdir(dir))
        await addWithLibraries(rootfs, join(dir, name));
}
//# sourceMappingURL=rootfs.js.map