import { kubectl } from './kubectl.js';
export async function readNodes(asker) {
    const r = await kubectl(asker, ['get', 'nodes', '-o', 'json'], { doing: 'reading the nodes' });
    return JSON.parse(r.stdout).items.map((n) => ({
        name: n.metadata.name,
        kubeletVersion: n.status?.nodeInfo?.kubeletVersion ?? '',
        ready: n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true,
        unschedulable: n.spec?.unschedulable === true,
    }));
}
/** The mirror pods of the static pods kubeadm writes (label tier=control-plane). */
export async function readStaticPods(asker) {
    const r = await kubectl(asker, ['-n', 'kube-system', 'get', 'pods', '-l', 'tier=control-plane', '-o', 'json'], { doing: 'reading the static pods' });
    return JSON.parse(r.stdout).items.map((p) => ({
        component: p.metadata.labels?.['component'] ?? '',
        node: p.spec?.nodeName ?? '',
        image: p.spec?.containers?.[0]?.image ?? '',
        ready: p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true,
    }));
}
/** An image's tag (`registry.k8s.io/kube-apiserver:v1.37.1` → `v1.37.1`). */
export function imageTag(image) {
    return image.slice(image.lastIndexOf(':') + 1);
}
export async function runningVersions(asker) {
    const [nodes, pods] = await Promise.all([readNodes(asker), readStaticPods(asker)]);
    return {
        controlPlanes: pods.filter((p) => p.component === 'kube-apiserver').map((p) => ({ name: p.node, version: imageTag(p.image) })),
        kubelets: nodes.map((n) => ({ name: n.name, version: n.kubeletVersion })),
    };
}
//# sourceMappingURL=running-versions.js.map