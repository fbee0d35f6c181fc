import { relative } from 'node:path';
import { releaseContent } from '../../artifacts/host-artifacts.js';
import { KubehaError } from '../../errors.js';
import { defineHostStep } from '../../plan/step.js';
import { pathOf } from '../../transport/content.js';
import { provideOn } from './content.js';
import { preparedHosts } from './hosts.js';
const CTR = ['ctr', '-n', 'k8s.io'];
/**
 * The images of the release the pods of a role use, by repository name (nothing is ever pulled, so a host
 * has exactly these): a worker runs kube-proxy, flannel and CoreDNS pods (and the e2e test pods, from the
 * flannel image); an external etcd host runs only etcd's static pod under a standalone kubelet; a control
 * plane runs all of them (CoreDNS tolerates its taint), and kubeha's etcdctl runs from the etcd image.
 */
const ROLE_IMAGES = {
    worker: ['pause', 'kube-proxy', 'coredns', 'flannel', 'flannel-cni-plugin'],
    etcd: ['pause', 'etcd'],
};
/** registry.k8s.io/coredns/coredns:v1.14.6 → coredns. */
function repositoryName(ref) {
    const path = ref.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    return path.slice(path.lastIndexOf('/') + 1);
}
/** The refs among these that a host of this role needs. */
export function imagesForRole(refs, role) {
    if (role === 'control-plane')
        return [...refs];
    if (role === 'load-balancer')
        return [];
    return refs.filter((r) => ROLE_IMAGES[role].includes(repositoryName(r)));
}
async function present(host) {
    const r = await host.exec([...CTR, 'images', 'ls', '-q'], { doing: 'listing the images' });
    return new Set(r.stdout.split('\n').map((l) => l.trim()).filter(Boolean));
}
/** One OCI archive (at `path` on the host) into containerd's k8s.io namespace, under the full reference the kubelet asks for. */
async function importImage(host, image, path) {
    const doing = `importing ${image.ref}`;
    const r = await host.exec([...CTR, 'images', 'import', '--digests', path], { doing, timeoutMs: 300_000 });
    if ((await present(host)).has(image.ref))
        return;
    // An OCI archive may name the image partially: tag what was imported with the full reference.
    const imported = [...r.stdout.matchAll(/unpacking (\S+) \(/g)].map((m) => m[1]);
    const source = imported.find((n) => !n.includes('@')) ?? imported[0];
    if (source === undefined)
        throw new KubehaError(`${image.file} held no image`, { doing, host: host.name });
    await host.exec([...CTR, 'images', 'tag', source, image.ref], { doing });
}
/** The images of ctx's release this host's role uses (see ROLE_IMAGES). */
function wantedRefs(ctx, name) {
    return imagesForRole(ctx.imageRefs, ctx.hosts.spec(name).role);
}
/** Every image of ctx's release the host's role uses is in containerd's k8s.io namespace on the host (read-only). */
export async function imagesPresent(ctx, name) {
    const wanted = wantedRefs(ctx, name);
    if (wanted.length === 0)
        return false;
    const have = await present(await ctx.hosts.get(name)).catch(() => undefined);
    return have !== undefined && wanted.every((ref) => have.has(ref));
}
/** Imports the images of ctx's release that the host's role uses and the host lacks, from the local artifacts (sent by content). */
export async function importMissingImages(ctx, name) {
    const host = await ctx.hosts.get(name);
    const have = await present(host);
    const artifacts = await ctx.hostArtifacts();
    const role = ctx.hosts.spec(name).role;
    const wanted = new Set(imagesForRole(artifacts.kubernetes.images.map((i) => i.ref), role));
    const missing = artifacts.kubernetes.images.filter((i) => wanted.has(i.ref) && !have.has(i.ref));
    if (missing.length === 0)
        return;
    const content = missing.map((i) => releaseContent(artifacts, relative(artifacts.kubernetes.dir, i.file)));
    const provided = await provideOn(ctx, name, 'images', content);
    for (const [i, image] of missing.entries())
        await importImage(host, image, pathOf(provided, content[i]));
}
/**
 * Host preparation: the images of the release the host's role uses (see ROLE_IMAGES), imported from the local
 * artifacts, so the kubelet never pulls.
 */
export const prepareImages = defineHostStep({
    id: 'prepare/images',
    title: 'Import the container images',
    needs: ['prepare/container-runtime'],
    hosts: (c) => preparedHosts(c, 'node'),
    concurrency: () => Infinity,
    done: imagesPresent,
    run: importMissingImages,
});
//# sourceMappingURL=images.js.map