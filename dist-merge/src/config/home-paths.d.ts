/** `~` and `~/…` mean the admin's home directory, as in ssh_config (the README's own cluster file uses them). */
export declare function expandHome(path: string): string;
/** The path fields of the cluster file's ssh settings (spec.ssh and each host's). */
interface SshPaths {
    privateKeyFile?: string | undefined;
    knownHostsFile?: string | undefined;
}
/** The ssh settings with `~` expanded in every path field, so no reader of a path has to know about it. */
export declare function sshWithHome<S extends SshPaths>(ssh: S): S;
export {};
