import type { KubeObject } from './objects.js';

/**
 * The few API calls the kubeadm core makes. Narrow on purpose: unit tests fake it, and
 * `clusterApiFromKubeconfig` implements it over @kubernetes/client-node.
 */
export interface ClusterApi {
  /** Creates the object, or replaces it when it exists; returns the stored object (with metadata.uid). */
  apply(object: KubeObject): Promise<KubeObject>;
  /** Creates the object; fails when it exists. */
  create(object: KubeObject): Promise<KubeObject>;
  get(ref: { apiVersion: string; kind: string; namespace?: string; name: string }): Promise<KubeObject | undefined>;
}

export async function clusterApiFromKubeconfig(kubeconfigText: string): Promise<ClusterApi> {
  const k8s = await import('@kubernetes/client-node');
  const config = new k8s.KubeConfig();
  config.loadFromString(kubeconfigText);
  const api = k8s.KubernetesObjectApi.makeApiClient(config);
  const notFound = (err: unknown) => (err as { code?: number }).code === 404;
  const get: ClusterApi['get'] = async (ref) => {
    try {
      return (await api.read({ apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, namespace: ref.namespace } })) as unknown as KubeObject;
    } catch (err) {
      if (notFound(err)) return undefined;
      throw err;
    }
  };
  return {
    get,
    create: async (object) => (await api.create(object as never)) as unknown as KubeObject,
    apply: async (object) => {
      const current = await get({ ...object, namespace: object.metadata.namespace, name: object.metadata.name });
      if (!current) return (await api.create(object as never)) as unknown as KubeObject;
      const next = { ...object, metadata: { ...object.metadata, resourceVersion: (current.metadata as { resourceVersion?: string }).resourceVersion } };
      return (await api.replace(next as never)) as unknown as KubeObject;
    },
  };
}
