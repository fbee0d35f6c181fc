import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { KubehaError } from '../../errors.js';
import { defineHostStep } from '../../plan/step.js';
import { preparedHosts } from './hosts.js';
const IMAGES_DIR = '/var/cache/kubeha/images';
const CTR = ['ctr', '-n', 'k8s.io'];
async function present(host) {
    const r = await host.exec([...CTR, 'images', 'ls', '-q'], { doing: 'listing the images' });
    return new Set(r.stdout.split('\n').map((l) => l.trim()).filter(Boolean));
}
/** One OCI archive into containerd's k8s.io namespace, under the full reference the kubelet asks for. */
async function importImage(host, image) {
    const doing = `importing ${image.ref}`;
    const path = `${IMAGES_DIR}/${basename(image.file)}`;
    await host.writeFiles([{ path, data: await readFile(image.file), mode: 0o644 }]);
    const r = await host.exec([...CTR, 'images', 'import', '--digests', path], { doing, timeoutMs: 300_000 });
    await host.exec(['rm', '-f', path]);
    if ((await present(host)).has(image.ref))
        return;
    // An OCI archive may name the image partially: tag what was imported with the full reference.
    const imported = [...r.stdout.matchAll(/unpacking (\S+) \(/g)].map((m) => m[1]);
    const source = imported.find((n) => !n.includes('@')) ?? imported[0];
    if (source === undefined)
        throw new KubehaError(`${basename(image.file)} held no image`, { doing, host: host.name });
    await host.exec([...CTR, 'images', 'tag', source, image.ref], { doing });
}
/**
 * Host preparation: every image of the release (control plane, etcd, CoreDNS, kube-proxy, pause, flannel)
 * imported from the local artifacts, so the kubelet never pulls.
 */
/** Every image of ctx's release is in containerd's k8s.io namespace on the host (read-only). */
export async function imagesPresent(ctx, name) {
    if (ctx.imageRefs.length === 0)
        return false;
    const have = await present(await ctx.hosts.get(name)).catch(() => undefined);
    return have !== undefined && ctx.imageRefs.every((ref) => have.has(ref));
}
/** Imports the images of ctx's release that the host lacks, from the local artifacts. */
export async function importMissingImages(ctx, name) {
    const host = await ctx.hosts.get(name);
    const have = await present(host);
    for (const image of (await ctx.hostArtifacts()).kubernetes.images) {
        if (!have.has(image.ref))
            await importImage(host, image);
    }
}
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