export async function clusterApiFromKubeconfig(kubeconfigText) {
    const k8s = await import('@kubernetes/client-node');
    const config = new k8s.KubeConfig();
    config.loadFromString(kubeconfigText);
    const api = k8s.KubernetesObjectApi.makeApiClient(config);
    const notFound = (err) => err.code === 404;
    const get = async (ref) => {
        try {
            return (await api.read({ apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, namespace: ref.namespace } }));
        }
        catch (err) {
            if (notFound(err))
                return undefined;
            throw err;
        }
    };
    return {
        get,
        list: async (ref, options = {}) => {
            const result = await api.list(ref.apiVersion, ref.kind, ref.namespace, undefined, undefined, undefined, options.fieldSelector);
            return result.items;
        },
        delete: async (ref) => {
            try {
                await api.delete({ apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, namespace: ref.namespace } });
                return true;
            }
            catch (err) {
                if (notFound(err))
                    return false;
                throw err;
            }
        },
        create: async (object) => (await api.create(object)),
        apply: async (object) => {
            const current = await get({ ...object, namespace: object.metadata.namespace, name: object.metadata.name });
            if (!current)
                return (await api.create(object));
            const next = { ...object, metadata: { ...object.metadata, resourceVersion: current.metadata.resourceVersion } };
            return (await api.replace(next));
        },
    };
}
//# sourceMappingURL=cluster-api.js.map