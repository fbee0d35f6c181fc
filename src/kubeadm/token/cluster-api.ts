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

/** The token commands also list and delete (`kubeha token list|delete`). */
export interface ListingClusterApi extends ClusterApi {
  list(ref: { apiVersion: string; kind: string; namespace?: string }, options?: { fieldSelector?: string }): Promise<KubeObject[]>;
  /** Deletes the object; false when it did not exist. */
  delete(ref: { apiVersion: string; kind: string; namespace?: string; name: string }): Promise<boolean>;
}

export async function clusterApiFromKubeconfig(kubeconfigText: string): Promise<ListingClusterApi> {
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
    list: async (ref, options = {}) => {
      const result = await api.list(ref.apiVersion, ref.kind, ref.namespace, undefined, undefined, undefined, options.fieldSelector);
      return result.items as unknown as KubeObject[];
    },
    delete: async (ref) => {
      try {
        await api.delete({ apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, namespace: ref.namespace } });
        return true;
      } catch (err) {
        if (notFound(err)) return false;
        throw err;
      }
    },
    create: async (object) => (await api.create(object as never)) as unknown as KubeObject,
    apply: async (object) => {
      const current = await get({ ...object, namespace: object.metadata.namespace, name: object.metadata.name });
      if (!current) return (await api.create(object as never)) as unknown as KubeObject;
      const next = { ...object, metadata: { ...object.metadata, resourceVersion: (current.metadata as { resourceVersion?: string }).resourceVersion } };
      return (await api.replace(next as never)) as unknown as KubeObject;
    },
  };
}
