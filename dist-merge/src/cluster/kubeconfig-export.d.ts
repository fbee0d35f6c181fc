/**
 * The name kubeha gives the cluster, the user and the context of a cluster in a merged kubeconfig:
 * `kubeha-<name>`, as kind names its own `kind-<name>`.
 */
export declare function kubeconfigContextName(clusterName: string): string;
/**
 * The kubeconfig files kubectl reads: `explicit` alone when given (`--kubeconfig`), else the files of
 * KUBECONFIG (empty entries and duplicates dropped), else `~/.kube/config`.
 */
export declare function kubeconfigPaths(explicit?: string, env?: NodeJS.ProcessEnv): string[];
/**
 * The file a new context goes into, by kubectl's rule (which kind follows): with several KUBECONFIG files the
 * first that exists, or the last when none does.
 */
export declare function kubeconfigPathForMerge(explicit?: string, env?: NodeJS.ProcessEnv): string;
/**
 * The admin kubeconfig of a cluster (as kubeadm writes it: one cluster, one user, one context) with all three
 * renamed `kubeha-<name>` and that context current: what `kubeha kubeconfig export --print` prints.
 */
export declare function renameAdminKubeconfig(adminText: string, clusterName: string, source?: string): string;
/**
 * `existing` (a kubeconfig's text, or undefined when there is no file) with the cluster, user and context of
 * `exported` (see renameAdminKubeconfig) added or replaced by name, and its context current. Everything else is
 * kept.
 */
export declare function mergeKubeconfig(existing: string | undefined, exported: string, source?: string): string;
/**
 * `existing` without the cluster, user and context named `kubeha-<name>`, and with no current context when it
 * was that one (kind does the same); undefined when there was nothing to remove.
 */
export declare function removeFromKubeconfig(existing: string, clusterName: string, source?: string): string | undefined;
/** Options of exportKubeconfig and deleteKubeconfigContext. */
export interface KubeconfigExportOptions {
    /** The admin kubeconfig `up` wrote; `~/.kube/kubeha-<name>.conf` by default (see UpOptions.adminKubeconfigPath). */
    adminKubeconfigPath?: string;
    /** The kubeconfig to change, as kubectl's `--kubeconfig`: only this file. By default KUBECONFIG's, else `~/.kube/config`. */
    kubeconfigPath?: string;
    /** Where KUBECONFIG and HOME are read; process.env by default. */
    env?: NodeJS.ProcessEnv;
}
/** What exportKubeconfig did: the file it wrote and the context it made current. */
export interface KubeconfigExportResult {
    path: string;
    context: string;
}
/** The admin kubeconfig renamed `kubeha-<name>` (see renameAdminKubeconfig), read from where `up` wrote it. */
export declare function exportedKubeconfig(clusterName: string, options?: Pick<KubeconfigExportOptions, 'adminKubeconfigPath'>): Promise<string>;
/**
 * What `kind export kubeconfig` does, for a kubeha cluster: merges its admin credentials as cluster, user and
 * context `kubeha-<name>` into the kubeconfig kubectl uses (KUBECONFIG's first existing file, else
 * `~/.kube/config`), replacing an earlier export, keeping every other entry, and makes it the current context.
 * The file is written atomically with mode 0600.
 */
export declare function exportKubeconfig(clusterName: string, options?: KubeconfigExportOptions): Promise<KubeconfigExportResult>;
/**
 * What `kind delete cluster` does to kubeconfigs: removes the cluster, user and context `kubeha-<name>` from
 * every kubeconfig kubectl reads (and the current context when it was that one). Returns the files it changed;
 * none when there was nothing to remove.
 */
export declare function deleteKubeconfigContext(clusterName: string, options?: Omit<KubeconfigExportOptions, 'adminKubeconfigPath'>): Promise<string[]>;
