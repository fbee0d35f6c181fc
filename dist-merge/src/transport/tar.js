import { randomBytes } from 'node:crypto';
import { pack } from 'tar-stream';
/**
 * Suffix of the staged name each file is unpacked to before the rename that makes it visible: one per
 * transfer. A transfer from a killed kubeha may still be unpacking on the host when the next run writes the same
 * file; with a shared staged name one of the two renames lost its file (seen in the crash e2e test).
 */
export function stagedSuffix() {
    return `.kubeha-new-${randomBytes(4).toString('hex')}`;
}
/**
 * The staged name is hidden (a dot first) in the file's own directory: a directory watcher skips it. The kubelet
 * reads every file of /etc/kubernetes/manifests except dot-files, and logged "can't process config file
 * kube-apiserver.yaml.kubeha-new-…" for each staged manifest while the name was visible (upgrade, lab).
 */
export function stagedPath(path, suffix) {
    const slash = path.lastIndexOf('/');
    return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}${suffix}`;
}
/** One tar archive carrying every file (with its mode) under its staged name, paths relative to /. */
export async function tarFiles(files, suffix) {
    const archive = pack();
    const chunks = [];
    archive.on('data', (c) => chunks.push(c));
    const done = new Promise((resolve, reject) => {
        archive.on('end', resolve);
        archive.on('error', reject);
    });
    for (const file of files) {
        if (!file.path.startsWith('/'))
            throw new Error(`file path must be absolute: ${file.path}`);
        const data = typeof file.data === 'string' ? Buffer.from(file.data) : file.data;
        archive.entry({ name: stagedPath(file.path, suffix).slice(1), mode: file.mode, uid: 0, gid: 0, size: data.length }, data);
    }
    archive.finalize();
    await done;
    return Buffer.concat(chunks);
}
/**
 * The argv that unpacks such an archive from stdin and renames every staged file into place.
 * The script is a constant; paths travel as positional arguments, never spliced into it.
 */
export function untarArgv(paths, suffix) {
    const dirs = [...new Set(paths.map((p) => p.slice(0, p.lastIndexOf('/')) || '/'))];
    return [
        'sh',
        '-c',
        'set -e; s=$1; shift; n=$1; shift; i=0; while [ "$i" -lt "$n" ]; do mkdir -p "$1"; shift; i=$((i+1)); done; ' +
            'tar -x -p -C / -f -; for f; do mv -f -- "${f%/*}/.${f##*/}$s" "$f"; done',
        'kubeha-put',
        suffix,
        String(dirs.length),
        ...dirs,
        ...paths,
    ];
}
//# sourceMappingURL=tar.js.map