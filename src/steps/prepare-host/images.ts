import { relative } from 'node:path';
import { fileContent, releaseContent } from '../../artifacts/host-artifacts.js';
import { KubehaError } from '../../errors.js';
import { defineHostStep } from '../../plan/step.js';
import type { ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import type { ImageArchive } from '../../artifacts/layout.js';
import { pathOf } from '../../transport/content.js';
import type { Host } from '../../transport/host.js';
import { provideOn } from './content.js';
import { preparedHosts } from './hosts.js';

const CTR = ['ctr', '-n', 'k8s.io'];

type Role = ClusterFile['spec']['hosts'][number]['role'];

/**
 * The images of the release the pods of a role use, by repository name (nothing is ever pulled, so a host
 * has exactly these): a worker runs kube-proxy, flannel and CoreDNS pods (and the e2e test pods, from the
 * flannel image); an external etcd host runs only etcd's static pod under a standalone kubelet; a control
 * plane runs all of them (CoreDNS tolerates its taint), and kubeha's etcdctl runs from the etcd image.
 */
const ROLE_IMAGES: Record<Exclude<Role, 'load-balancer' | 'control-plane'>, readonly string[]> = {
  worker: ['pause', 'kube-proxy', 'coredns', 'flannel', 'flannel-cni-plugin'],
  etcd: ['pause', 'etcd'],
};

/** registry.k8s.io/coredns/coredns:v1.14.6 → coredns. */
function repositoryName(ref: string): string {
  const path = ref.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The refs among these that a host of this role needs. */
export function imagesForRole(refs: readonly string[], role: Role): string[] {
  if (role === 'control-plane') return [...refs];
  if (role === 'load-balancer') return [];
  return refs.filter((r) => ROLE_IMAGES[role].includes(repositoryName(r)));
}

/** `ctr images ls` columns: REF TYPE DIGEST SIZE PLATFORMS LABELS. */
export function parseImageList(stdout: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stdout.split('\n').slice(1)) {
    const [ref, , digest] = line.trim().split(/\s+/);
    if (ref && digest) out.set(ref, digest);
  }
  return out;
}

/** The host's images: reference → digest. */
async function present(host: Host): Promise<Map<string, string>> {
  const r = await host.exec([...CTR, 'images', 'ls'], { doing: 'listing the images' });
  return parseImageList(r.stdout);
}

/** The host has the image, and the archive's very image where the archive says which (spec.images: a tag may be rebuilt). */
function holds(have: ReadonlyMap<string, string>, image: Pick<ImageArchive, 'ref' | 'digest'>): boolean {
  const digest = have.get(image.ref);
  return digest !== undefined && (image.digest === undefined || image.digest === digest);
}

/** One OCI archive (at `path` on the host) into containerd's k8s.io namespace, under the full reference the kubelet asks for. */
async function importImage(host: Host, image: ImageArchive, path: string): Promise<void> {
  const doing = `importing ${image.ref}`;
  const r = await host.exec([...CTR, 'images', 'import', '--digests', path], { doing, timeoutMs: 300_000 });
  if ((await present(host)).has(image.ref)) return;
  // An OCI archive may name the image partially: tag what was imported with the full reference.
  const imported = [...r.stdout.matchAll(/unpacking (\S+) \(/g)].map((m) => m[1]!);
  const source = imported.find((n) => !n.includes('@')) ?? imported[0];
  if (source === undefined) throw new KubehaError(`${image.file} held no image`, { doing, host: host.name });
  await host.exec([...CTR, 'images', 'tag', source, image.ref], { doing });
}

/** spec.images go where pods run: control planes and workers. */
function preloadFor(ctx: ClusterContext, name: string): readonly ImageArchive[] {
  const role = ctx.hosts.spec(name).role;
  return role === 'control-plane' || role === 'worker' ? ctx.preloadImages : [];
}

/** The images of ctx's release this host's role uses (see ROLE_IMAGES), and spec.images with their digests. */
function wantedImages(ctx: ClusterContext, name: string): Array<Pick<ImageArchive, 'ref' | 'digest'>> {
  return [...imagesForRole(ctx.imageRefs, ctx.hosts.spec(name).role).map((ref) => ({ ref })), ...preloadFor(ctx, name)];
}

/** Every image of ctx's release the host's role uses, and of spec.images, is in containerd's k8s.io namespace on the host (read-only). */
export async function imagesPresent(ctx: ClusterContext, name: string): Promise<boolean> {
  const wanted = wantedImages(ctx, name);
  if (wanted.length === 0) return false;
  const have = await present(await ctx.hosts.get(name)).catch(() => undefined);
  return have !== undefined && wanted.every((image) => holds(have, image));
}

/** Imports the images of ctx's release that the host's role uses and the host lacks, from the local artifacts (sent by content). */
export async function importMissingImages(ctx: ClusterContext, name: string): Promise<void> {
  const host = await ctx.hosts.get(name);
  const have = await present(host);
  const artifacts = await ctx.hostArtifacts();
  const role = ctx.hosts.spec(name).role;
  const wanted = new Set(imagesForRole(artifacts.kubernetes.images.map((i) => i.ref), role));
  const missing = artifacts.kubernetes.images.filter((i) => wanted.has(i.ref) && !have.has(i.ref));
  // One archive may name several images: it is imported once.
  const extra = [...new Map(preloadFor(ctx, name).filter((i) => !holds(have, i)).map((i) => [i.file, i])).values()];
  if (missing.length + extra.length === 0) return;
  const content = [
    ...missing.map((i) => releaseContent(artifacts, relative(artifacts.kubernetes.dir, i.file))),
    ...(await Promise.all(extra.map((i) => fileContent(i.file)))),
  ];
  const provided = await provideOn(ctx, name, 'images', content);
  for (const [i, image] of [...missing, ...extra].entries()) await importImage(host, image, pathOf(provided, content[i]!));
}

/**
 * Host preparation: the images of the release the host's role uses (see ROLE_IMAGES), and spec.images on
 * control planes and workers, imported from this machine, so the kubelet never pulls.
 */
export const prepareImages = defineHostStep<ClusterFile, ClusterContext>({
  id: 'prepare/images',
  title: 'Import the container images',
  needs: ['prepare/container-runtime'],
  hosts: (c) => preparedHosts(c, 'node'),
  concurrency: () => Infinity,
  done: imagesPresent,
  run: importMissingImages,
});
