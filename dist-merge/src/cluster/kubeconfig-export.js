import { existsSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { KubehaError } from '../errors.js';
import { defaultAdminKubeconfigPath } from './up.js';
/**
 * The name kubeha gives the cluster, the user and the context of a cluster in a merged kubeconfig:
 * `kubeha-<name>`, as kind names its own `kind-<name>`.
 */
export function kubeconfigContextName(clusterName) {
    return `kubeha-${clusterName}`;
}
/**
 * The kubeconfig files kubectl reads: `explicit` alone when given (`--kubeconfig`), else the files of
 * KUBECONFIG (empty entries and duplicates dropped), else `~/.kube/config`.
 */
export function kubeconfigPaths(explicit, env = process.env) {
    if (explicit)
        return [explicit];
    const listed = [...new Set((env['KUBECONFIG'] ?? '').split(delimiter).filter((p) => p !== ''))];
    return listed.length > 0 ? listed : [join(env['HOME'] || homedir(), '.kube', 'config')];
}
/**
 * The file a new context goes into, by kubectl's rule (which kind follows): with several KUBECONFIG files the
 * first that exists, or the last when none does.
 */
export function kubeconfigPathForMerge(explicit, env = process.env) {
    const paths = kubeconfigPaths(explicit, env);
    if (paths.length === 1)
        return paths[0];
    return paths.find((p) => existsSync(p) && statSync(p).isFile()) ?? paths[paths.length - 1];
}
function parseKubeconfig(text, source) {
    let doc;
    try {
        doc = parse(text);
    }
    catch (err) {
        throw new KubehaError(`${source} is not YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, { doing: `reading ${source}` });
    }
    if (doc === null || doc === undefined)
        return {};
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw new KubehaError(`${source} is not a kubeconfig (not a mapping)`, { doing: `reading ${source}` });
    return doc;
}
/**
 * The admin kubeconfig of a cluster (as kubeadm writes it: one cluster, one user, one context) with all three
 * renamed `kubeha-<name>` and that context current: what `kubeha kubeconfig export --print` prints.
 */
export function renameAdminKubeconfig(adminText, clusterName, source = 'the admin kubeconfig') {
    const admin = parseKubeconfig(adminText, source);
    const current = admin.contexts?.find((c) => c.name === admin['current-context']) ?? admin.contexts?.[0];
    const cluster = admin.clusters?.find((c) => c.name === current?.context?.cluster);
    const user = admin.users?.find((u) => u.name === current?.context?.user);
    if (current === undefined || cluster === undefined || user === undefined) {
        throw new KubehaError(`${source} has no context with its cluster and user`, { doing: `reading ${source}` });
    }
    const name = kubeconfigContextName(clusterName);
    return stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ ...cluster, name }],
        users: [{ ...user, name }],
        contexts: [{ ...current, name, context: { ...current.context, cluster: name, user: name } }],
        'current-context': name,
        preferences: {},
    });
}
function upsert(list, entry) {
    const rest = list ?? [];
    return rest.some((e) => e.name === entry.name) ? rest.map((e) => (e.name === entry.name ? entry : e)) : [...rest, entry];
}
/**
 * `existing` (a kubeconfig's text, or undefined when there is no file) with the cluster, user and context of
 * `exported` (see renameAdminKubeconfig) added or replaced by name, and its context current. Everything else is
 * kept.
 */
export function mergeKubeconfig(existing, exported, source = 'the kubeconfig') {
    const into = existing === undefined ? {} : parseKubeconfig(existing, source);
    const from = parseKubeconfig(exported, 'the exported kubeconfig');
    const cluster = from.clusters?.[0];
    const user = from.users?.[0];
    const context = from.contexts?.[0];
    if (cluster === undefined || user === undefined || context === undefined) {
        throw new KubehaError('the exported kubeconfig has no cluster, user and context', { doing: `merging into ${source}` });
    }
    return stringify({
        ...into,
        apiVersion: into.apiVersion ?? 'v1',
        kind: into.kind ?? 'Config',
        clusters: upsert(into.clusters, cluster),
        users: upsert(into.users, user),
        contexts: upsert(into.contexts, context),
        'current-context': context.name,
    });
}
/**
 * `existing` without the cluster, user and context named `kubeha-<name>`, and with no current context when it
 * was that one (kind does the same); undefined when there was nothing to remove.
 */
export function removeFromKubeconfig(existing, clusterName, source = 'the kubeconfig') {
    const config = parseKubeconfig(existing, source);
    const name = kubeconfigContextName(clusterName);
    const keep = (list) => list?.filter((e) => e.name !== name);
    const next = { ...config };
    if (config.clusters)
        next.clusters = keep(config.clusters);
    if (config.users)
        next.users = keep(config.users);
    if (config.contexts)
        next.contexts = keep(config.contexts);
    if (config['current-context'] === name)
        next['current-context'] = '';
    const changed = next.clusters?.length !== config.clusters?.length ||
        next.users?.length !== config.users?.length ||
        next.contexts?.length !== config.contexts?.length ||
        next['current-context'] !== config['current-context'];
    return changed ? stringify(next) : undefined;
}
/**
 * Runs `change` on the file's text under client-go's lock (`<file>.lock`, created exclusively, so kubectl and
 * kind writing at the same moment wait or fail instead of losing an edit), then writes the result atomically
 * (a 0600 temporary file renamed over it). `change` returning undefined leaves the file as it is.
 */
async function editKubeconfig(path, change) {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const lock = `${path}.lock`;
    const handle = await lockFile(lock, path);
    try {
        const text = await readFile(path, 'utf8').catch((err) => {
            if (err.code === 'ENOENT')
                return undefined;
            throw new KubehaError(`cannot read ${path}: ${err.message}`, { doing: `reading ${path}` }, { cause: err });
        });
        const next = change(text);
        if (next === undefined)
            return false;
        const tmp = `${path}.kubeha-${process.pid}`;
        try {
            await writeFile(tmp, next, { mode: 0o600 });
            await rename(tmp, path);
        }
        catch (err) {
            await rm(tmp, { force: true });
            throw new KubehaError(`cannot write ${path}: ${err instanceof Error ? err.message : String(err)}`, { doing: `writing ${path}` }, { cause: err });
        }
        return true;
    }
    finally {
        await handle.close();
        await rm(lock, { force: true });
    }
}
async function lockFile(lock, path) {
    for (let attempt = 0;; attempt++) {
        try {
            return await open(lock, 'wx', 0o600);
        }
        catch (err) {
            if (err.code !== 'EEXIST' || attempt >= 20) {
                throw new KubehaError(err.code === 'EEXIST' ? `${lock} exists: another program is writing ${path} (or left the lock behind: remove it)` : `cannot lock ${path}: ${err.message}`, { doing: `locking ${path}` });
            }
            await new Promise((r) => setTimeout(r, 100));
        }
    }
}
/** The admin kubeconfig renamed `kubeha-<name>` (see renameAdminKubeconfig), read from where `up` wrote it. */
export async function exportedKubeconfig(clusterName, options = {}) {
    const source = options.adminKubeconfigPath ?? defaultAdminKubeconfigPath(clusterName);
    const text = await readFile(source, 'utf8').catch((err) => {
        throw new KubehaError(err.code === 'ENOENT' ? `${source} does not exist: run \`kubeha up\` for cluster ${clusterName} first` : `cannot read ${source}: ${err.message}`, { doing: `exporting the kubeconfig of cluster ${clusterName}` }, { cause: err });
    });
    return renameAdminKubeconfig(text, clusterName, source);
}
/**
 * What `kind export kubeconfig` does, for a kubeha cluster: merges its admin credentials as cluster, user and
 * context `kubeha-<name>` into the kubeconfig kubectl uses (KUBECONFIG's first existing file, else
 * `~/.kube/config`), replacing an earlier export, keeping every other entry, and makes it the current context.
 * The file is written atomically with mode 0600.
 */
export async function exportKubeconfig(clusterName, options = {}) {
    const exported = await exportedKubeconfig(clusterName, options);
    const path = kubeconfigPathForMerge(options.kubeconfigPath, options.env);
    await editKubeconfig(path, (text) => mergeKubeconfig(text, exported, path));
    return { path, context: kubeconfigContextName(clusterName) };
}
/**
 * What `kind delete cluster` does to kubeconfigs: removes the cluster, user and context `kubeha-<name>` from
 * every kubeconfig kubectl reads (and the current context when it was that one). Returns the files it changed;
 * none when there was nothing to remove.
 */
export async function deleteKubeconfigContext(clusterName, options = {}) {
    const changed = [];
    for (const path of kubeconfigPaths(options.kubeconfigPath, options.env)) {
        if (!existsSync(path))
            continue;
        if (await editKubeconfig(path, (text) => (text === undefined ? undefined : removeFromKubeconfig(text, clusterName, path))))
            changed.push(path);
    }
    return changed;
}
//# sourceMappingURL=kubeconfig-export.js.map