/**
 * Generated go.mod files for building upstream commands from the Go module proxy. The upstream source is
 * never copied: the build module only requires the upstream module and imports its main packages.
 */
export interface GoReplace {
    from: string;
    to: string;
    /** Absent when `to` is a local directory. */
    toVersion?: string;
}
export declare const BUILD_MODULE = "kubeha.local/build";
/** Parses the replace directives (single-line and block form) of a go.mod. */
export declare function parseReplaces(goMod: string): GoReplace[];
/** k8s.io/kubernetes v1.37.2 publishes its staging modules as v0.37.2. */
export declare function stagingVersion(kubernetesVersion: string): string;
/**
 * The replaces a build module needs so that it resolves the way the upstream module does when built in its
 * own repository. Replaces only apply in the main module, so they are restated here: local `./staging/...`
 * directories become their published release, other local directories (sibling modules released at the same
 * version, as in etcd) are left to the requirement graph, module-to-module replaces are kept as they are.
 */
export declare function inheritedReplaces(upstreamGoMod: string, options?: {
    stagingVersion?: string;
}): GoReplace[];
export declare function renderGoMod(args: {
    goVersion: string;
    module: string;
    version: string;
    replaces: readonly GoReplace[];
}): string;
/** A file that only `go mod tidy` sees, so the main packages' dependencies are recorded. */
export declare function renderToolsGo(packages: readonly string[]): string;
/** The file name `go build -o dir/` gives a main package: its last element, skipping a /vN suffix. */
export declare function goBinaryName(pkg: string): string;
