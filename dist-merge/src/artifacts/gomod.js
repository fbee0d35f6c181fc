/**
 * Generated go.mod files for building upstream commands from the Go module proxy. The upstream source is
 * never copied: the build module only requires the upstream module and imports its main packages.
 */
export const BUILD_MODULE = 'kubeha.local/build';
/** Parses the replace directives (single-line and block form) of a go.mod. */
export function parseReplaces(goMod) {
    const out = [];
    let inBlock = false;
    for (const raw of goMod.split('\n')) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (line === '')
            continue;
        let body;
        if (inBlock) {
            if (line === ')') {
                inBlock = false;
                continue;
            }
            body = line;
        }
        else if (/^replace\s*\($/.test(line)) {
            inBlock = true;
            continue;
        }
        else if (line.startsWith('replace ')) {
            body = line.slice('replace '.length);
        }
        if (body === undefined)
            continue;
        const match = /^(\S+)(?:\s+\S+)?\s*=>\s*(\S+)(?:\s+(\S+))?$/.exec(body);
        if (!match)
            continue;
        const [, from, to, toVersion] = match;
        out.push(toVersion === undefined ? { from: from, to: to } : { from: from, to: to, toVersion });
    }
    return out;
}
/** k8s.io/kubernetes v1.37.2 publishes its staging modules as v0.37.2. */
export function stagingVersion(kubernetesVersion) {
    const match = /^v1\.(\d+\.\d+.*)$/.exec(kubernetesVersion);
    if (!match)
        throw new Error(`not a Kubernetes v1 version: ${kubernetesVersion}`);
    return `v0.${match[1]}`;
}
/**
 * The replaces a build module needs so that it resolves the way the upstream module does when built in its
 * own repository. Replaces only apply in the main module, so they are restated here: local `./staging/...`
 * directories become their published release, other local directories (sibling modules released at the same
 * version, as in etcd) are left to the requirement graph, module-to-module replaces are kept as they are.
 */
export function inheritedReplaces(upstreamGoMod, options = {}) {
    const out = [];
    for (const r of parseReplaces(upstreamGoMod)) {
        const local = r.toVersion === undefined && (r.to.startsWith('./') || r.to.startsWith('../'));
        if (!local)
            out.push(r);
        else if (r.to.startsWith('./staging/') && options.stagingVersion !== undefined)
            out.push({ from: r.from, to: r.from, toVersion: options.stagingVersion });
    }
    return out;
}
export function renderGoMod(args) {
    const lines = [`module ${BUILD_MODULE}`, '', `go ${args.goVersion}`, '', `require ${args.module} ${args.version}`];
    if (args.replaces.length > 0) {
        lines.push('', 'replace (');
        for (const r of args.replaces)
            lines.push(`\t${r.from} => ${r.to}${r.toVersion === undefined ? '' : ` ${r.toVersion}`}`);
        lines.push(')');
    }
    return `${lines.join('\n')}\n`;
}
/** A file that only `go mod tidy` sees, so the main packages' dependencies are recorded. */
export function renderToolsGo(packages) {
    return ['//go:build tools', '', 'package build', '', 'import (', ...packages.map((p) => `\t_ "${p}"`), ')', ''].join('\n');
}
/** The file name `go build -o dir/` gives a main package: its last element, skipping a /vN suffix. */
export function goBinaryName(pkg) {
    const parts = pkg.split('/');
    const last = parts[parts.length - 1] ?? pkg;
    return /^v\d+$/.test(last) && parts.length > 1 ? parts[parts.length - 2] : last;
}
//# sourceMappingURL=gomod.js.map