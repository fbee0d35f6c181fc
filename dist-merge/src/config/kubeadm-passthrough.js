import { parseAllDocuments } from 'yaml';
import { InputError } from '../errors.js';
import { loadKubeadmConfig } from '../kubeadm/config/load.js';
/** Where the cluster file carries kubeadm documents of its own, merged into the configuration kubeha writes. */
export const KUBEADM_PASSTHROUGH_PATH = 'spec.kubeadm';
const prefixed = (issue) => ({ path: `${KUBEADM_PASSTHROUGH_PATH}.${issue.path}`, message: issue.message });
/**
 * Checks spec.kubeadm when the file is loaded, as kubeadm would check it (kubeha's own loader of kubeadm files), so
 * bad YAML or an unknown kind is refused before any host is touched, not after preflight and the load balancer.
 */
export function checkKubeadmPassthrough(text) {
    if (text === undefined)
        return { issues: [], warnings: [] };
    try {
        const loaded = loadKubeadmConfig(text, { fragment: true });
        return { issues: [], warnings: loaded.warnings.map(prefixed), clusterConfiguration: clusterConfigurationOf(text) };
    }
    catch (err) {
        if (!(err instanceof InputError))
            throw err;
        return { issues: (err.context.issues ?? []).map(prefixed), warnings: [] };
    }
}
function clusterConfigurationOf(text) {
    const docs = parseAllDocuments(text);
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
        const value = doc.toJS();
        if (value !== null && typeof value === 'object' && value['kind'] === 'ClusterConfiguration')
            return value;
    }
    return undefined;
}
//# sourceMappingURL=kubeadm-passthrough.js.map