import type { FileToWrite } from './host.js';
/**
 * Suffix of the staged name each file is unpacked to before the rename that makes it visible: one per
 * transfer. A transfer from a killed kubeha may still be unpacking on the host when the next run writes the same
 * file; with a shared staged name one of the two renames lost its file (seen in the crash e2e test).
 */
export declare function stagedSuffix(): string;
/**
 * The staged name is hidden (a dot first) in the file's own directory: a directory watcher skips it. The kubelet
 * reads every file of /etc/kubernetes/manifests except dot-files, and logged "can't process config file
 * kube-apiserver.yaml.kubeha-new-…" for each staged manifest while the name was visible (upgrade, lab).
 */
export declare function stagedPath(path: string, suffix: string): string;
/** One tar archive carrying every file (with its mode) under its staged name, paths relative to /. */
export declare function tarFiles(files: readonly FileToWrite[], suffix: string): Promise<Buffer>;
/**
 * The argv that unpacks such an archive from stdin and renames every staged file into place.
 * The script is a constant; paths travel as positional arguments, never spliced into it.
 */
export declare function untarArgv(paths: readonly string[], suffix: string): string[];
