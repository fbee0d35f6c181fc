import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventSink } from '../events.js';
import { installHostPackages } from '../artifacts/host-packages.js';
import { ensureArtifacts } from '../artifacts/ensure.js';
import { createLab, destroyLab, loadLab, listLabs, DEFAULT_SPEC } from '../lab/index.js';
import { loadCluster } from '../config/cluster.js';
import { labClusterFile, type LabClusterOptions } from './lab-cluster.js';
import { defaultAdminKubeconfigPath, up } from './up.js';

export interface LabUpOptions extends LabClusterOptions {
  name: string;
  emit: EventSink;
}

/** `kubeha lab up`: host packages, artifacts, the lab's hosts, then `up` on the lab's cluster file. */
export async function labUp(options: LabUpOptions): Promise<{ clusterFile: string; adminKubeconfig: string }> {
  await installHostPackages({ emit: options.emit });
  await ensureArtifacts({ emit: options.emit, ...(options.kubernetesVersion ? { version: options.kubernetesVersion } : {}) });
  const exists = (await listLabs()).some((l) => l.name === options.name);
  const external = options.topology === 'external';
  const lab = exists
    ? await loadLab(options.name)
    : await createLab({ name: options.name, ...DEFAULT_SPEC, etcd: external ? 3 : 0 }, { events: options.emit });
  const text = labClusterFile(lab, options);
  const clusterFile = join(lab.dir, 'cluster.yaml');
  await writeFile(clusterFile, text, { mode: 0o600 });
  const result = await up(loadCluster(text, clusterFile), { emit: options.emit });
  return { clusterFile, adminKubeconfig: result.adminKubeconfig };
}

export async function labDown(name: string, emit: EventSink): Promise<void> {
  await destroyLab(name, { events: emit });
  await rm(defaultAdminKubeconfigPath(name), { force: true });
  await rm(defaultAdminKubeconfigPath(name).replace(/\.conf$/, '.join-commands'), { force: true });
}

export function labKubeconfig(name: string): string {
  return defaultAdminKubeconfigPath(name);
}
