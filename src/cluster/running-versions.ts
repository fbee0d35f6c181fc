import type { Host } from '../transport/host.js';
import { kubectl } from './kubectl.js';
import type { RunningVersions } from './version-skew.js';

/** What the API says of the nodes and their static pods: the versions an upgrade starts from and converges to. */

export interface NodeView {
  name: string;
  kubeletVersion: string;
  ready: boolean;
  unschedulable: boolean;
}

export interface StaticPodView {
  /** kube-apiserver, kube-controller-manager, kube-scheduler or etcd. */
  component: string;
  node: string;
  image: string;
  ready: boolean;
}

type NodeList = {
  items: {
    metadata: { name: string };
    spec?: { unschedulable?: boolean };
    status?: { nodeInfo?: { kubeletVersion?: string }; conditions?: { type: string; status: string }[] };
  }[];
};
type PodList = {
  items: {
    metadata: { labels?: Record<string, string> };
    spec?: { nodeName?: string; containers?: { image: string }[] };
    status?: { conditions?: { type: string; status: string }[] };
  }[];
};

export async function readNodes(asker: Host): Promise<NodeView[]> {
  const r = await kubectl(asker, ['get', 'nodes', '-o', 'json'], { doing: 'reading the nodes' });
  return (JSON.parse(r.stdout) as NodeList).items.map((n) => ({
    name: n.metadata.name,
    kubeletVersion: n.status?.nodeInfo?.kubeletVersion ?? '',
    ready: n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true,
    unschedulable: n.spec?.unschedulable === true,
  }));
}

/** The mirror pods of the static pods kubeadm writes (label tier=control-plane). */
export async function readStaticPods(asker: Host): Promise<StaticPodView[]> {
  const r = await kubectl(asker, ['-n', 'kube-system', 'get', 'pods', '-l', 'tier=control-plane', '-o', 'json'], { doing: 'reading the static pods' });
  return (JSON.parse(r.stdout) as PodList).items.map((p) => ({
    component: p.metadata.labels?.['component'] ?? '',
    node: p.spec?.nodeName ?? '',
    image: p.spec?.containers?.[0]?.image ?? '',
    ready: p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true,
  }));
}

/** An image's tag (`registry.k8s.io/kube-apiserver:v1.37.1` → `v1.37.1`). */
export function imageTag(image: string): string {
  return image.slice(image.lastIndexOf(':') + 1);
}

export async function runningVersions(asker: Host): Promise<RunningVersions> {
  const [nodes, pods] = await Promise.all([readNodes(asker), readStaticPods(asker)]);
  return {
    controlPlanes: pods.filter((p) => p.component === 'kube-apiserver').map((p) => ({ name: p.node, version: imageTag(p.image) })),
    kubelets: nodes.map((n) => ({ name: n.name, version: n.kubeletVersion })),
  };
}
