import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installHostPackages } from '../artifacts/host-packages.js';
import { ensureArtifacts } from '../artifacts/ensure.js';
import { createLab, destroyLab, loadLab, listLabs, plannedHosts, validateSpec, DEFAULT_SPEC } from '../lab/index.js';
import { InputError } from '../errors.js';
import { loadCluster } from '../config/cluster.js';
import { labClusterFile } from './lab-cluster.js';
import { defaultAdminKubeconfigPath, joinCommandsPath, up } from './up.js';
import { deleteKubeconfigContext, exportKubeconfig } from './kubeconfig-export.js';
const sshAccess = (s) => JSON.stringify([[...(s.sudoHosts ?? [])].sort(), Object.entries(s.jumpHosts ?? {}).sort()]);
/**
 * `kubeha lab up`: host packages, artifacts, the lab's hosts, then `up` on the lab's cluster file, and its
 * context `kubeha-<name>` merged into kubectl's kubeconfig (see exportKubeconfig).
 */
export async function labUp(options) {
    const exists = (await listLabs()).some((l) => l.name === options.name);
    const spec = {
        name: options.name,
        ...DEFAULT_SPEC,
        etcd: options.topology === 'external' ? 3 : 0,
        // Fixed when the lab is created (its hosts' sshd configurations): an existing lab keeps its own.
        ...(options.sudoHosts === undefined ? {} : { sudoHosts: options.sudoHosts }),
        ...(options.jumpHosts === undefined ? {} : { jumpHosts: options.jumpHosts }),
    };
    const existing = exists ? await loadLab(options.name) : undefined;
    const hosts = existing ? existing.hosts : plannedHosts(spec);
    if (existing === undefined)
        validateSpec(spec);
    else if ((options.sudoHosts?.length || Object.keys(options.jumpHosts ?? {}).length) && sshAccess(options) !== sshAccess(existing.spec)) {
        throw new InputError('reading --sudo-host and --jump-host', [
            { path: '--sudo-host/--jump-host', message: `lab ${options.name} exists with other SSH access (its hosts' sshd is set when they are created): kubeha lab down --name ${options.name} first` },
        ]);
    }
    // Checked before anything is installed or created: a mistyped host name changes nothing.
    const unknown = Object.keys(options.hostEngines ?? {}).filter((name) => !hosts.some((h) => h.name === name && (h.role === 'control-plane' || h.role === 'worker')));
    if (unknown.length > 0) {
        throw new InputError('reading --host-engine', unknown.map((name) => ({ path: `--host-engine ${name}`, message: `no control-plane or worker host "${name}" in lab ${options.name} (hosts: ${hosts.map((h) => h.name).join(', ')})` })));
    }
    await installHostPackages({ emit: options.emit });
    await ensureArtifacts({ emit: options.emit, ...(options.kubernetesVersion ? { version: options.kubernetesVersion } : {}) });
    const lab = existing ?? (await createLab(spec, { events: options.emit }));
    const text = labClusterFile(lab, options);
    const clusterFile = join(lab.dir, 'cluster.yaml');
    await writeFile(clusterFile, text, { mode: 0o600 });
    const result = await up(loadCluster(text, clusterFile), { emit: options.emit, ...(options.signal ? { signal: options.signal } : {}) });
    const kubeconfig = await exportKubeconfig(options.name, { adminKubeconfigPath: result.adminKubeconfig, ...(options.kubeconfigPath ? { kubeconfigPath: options.kubeconfigPath } : {}) });
    return { clusterFile, adminKubeconfig: result.adminKubeconfig, kubeconfig };
}
/** `kubeha lab down`: the lab and its cluster gone, and the context `lab up` merged into kubectl's kubeconfig. */
export async function labDown(name, emit, options = {}) {
    await destroyLab(name, { events: emit });
    await deleteKubeconfigContext(name, options.kubeconfigPath ? { kubeconfigPath: options.kubeconfigPath } : {});
    await rm(defaultAdminKubeconfigPath(name), { force: true });
    await rm(joinCommandsPath(defaultAdminKubeconfigPath(name)), { force: true });
}
export function labKubeconfig(name) {
    return defaultAdminKubeconfigPath(name);
}
//# sourceMappingURL=lab-up.js.map