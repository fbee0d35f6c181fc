import { type EventSink } from '../events.js';
import { type GoReplace } from './gomod.js';
/** One upstream Go module whose main packages are built with `go build` from the module proxy. */
export interface GoComponent {
    /** Short name used for the build directory and in events, e.g. "etcd". */
    name: string;
    module: string;
    version: string;
    /** Main packages, and the file name each binary gets. */
    binaries: ReadonlyArray<{
        pkg: string;
        file: string;
    }>;
    ldflags: string;
    /** Restate ./staging replaces as published releases (k8s.io/kubernetes). */
    stagingReplaces?: boolean;
    /** Extra replaces for dependencies the proxy does not serve at the version upstream asks for. */
    extraReplaces?: readonly GoReplace[];
    /** Needs cgo (linked statically with the host's C toolchain); everything else is built with CGO_ENABLED=0. */
    cgo?: boolean;
}
export interface GoBuildOptions {
    /** Parent of the per-component build directories (cacheRoot()/build). */
    buildRoot: string;
    emit?: EventSink;
}
/** Where the built binaries are, by file name. */
export type BuiltBinaries = Record<string, string>;
/**
 * Go's own GOPROXY (`go env GOPROXY`: the environment, `go env -w`, else Go's default) without its `direct` entries:
 * a module the proxies lack must fail, never be fetched from a VCS host. Nothing left means `off`.
 */
export declare function proxyOnly(goproxy: string): string;
/**
 * Builds the component's binaries in buildRoot/<name>-<version>. Reuses the directory: a go.mod that was
 * already tidied for the same inputs is not tidied again, binaries stamped with the same inputs are not
 * rebuilt, and anything else resumes from Go's own build cache.
 */
export declare function goBuild(component: GoComponent, options: GoBuildOptions): Promise<BuiltBinaries>;
