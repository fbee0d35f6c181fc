import { parseAllDocuments } from 'yaml';
import { InputError, type ValidationIssue } from '../errors.js';
import { loadKubeadmConfig } from '../kubeadm/config/load.js';

/** Where the cluster file carries kubeadm documents of its own, merged into the configuration kubeha writes. */
export const KUBEADM_PASSTHROUGH_PATH = 'spec.kubeadm';

export interface KubeadmPassthrough {
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
  /** The ClusterConfiguration document, when there is one (its controllerManager.extraArgs decide the node mask). */
  clusterConfiguration?: unknown;
}

const prefixed = (issue: ValidationIssue): ValidationIssue => ({ path: `${KUBEADM_PASSTHROUGH_PATH}.${issue.path}`, message: issue.message });

/**
 * Checks spec.kubeadm when the file is loaded, as kubeadm would check it (kubeha's own loader of kubeadm files), so
 * bad YAML or an unknown kind is refused before any host is touched, not after preflight and the load balancer.
 */
export function checkKubeadmPassthrough(text: string | undefined): KubeadmPassthrough {
  if (text === undefined) return { issues: [], warnings: [] };
  try {
    const loaded = loadKubeadmConfig(text, { fragment: true });
    return { issues: [], warnings: loaded.warnings.map(prefixed), clusterConfiguration: clusterConfigurationOf(text) };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { issues: (err.context.issues ?? []).map(prefixed), warnings: [] };
  }
}

function clusterConfigurationOf(text: string): unknown {
  const docs = parseAllDocuments(text);
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    const value: unknown = doc.toJS();
    if (value !== null && typeof value === 'object' && (value as Record<string, unknown>)['kind'] === 'ClusterConfiguration') return value;
  }
  return undefined;
}
