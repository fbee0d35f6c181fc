import { parseAllDocuments } from 'yaml';
import { InputError } from '../../errors.js';
import { checkCluster, checkInit, checkJoin } from './cross-checks.js';
import { defaultCluster, defaultInit, defaultJoin } from './defaults.js';
import { clusterConfigurationSchema, initConfigurationSchema, joinConfigurationSchema } from './schema.js';
import { formatYamlPosition, yamlSyntaxProblem } from '../../util/yaml-position.js';
const KUBEADM_V1BETA4 = 'kubeadm.k8s.io/v1beta4';
const PASS_THROUGH = {
    KubeletConfiguration: { apiVersion: 'kubelet.config.k8s.io/v1beta1', key: 'kubeletConfiguration' },
    KubeProxyConfiguration: { apiVersion: 'kubeproxy.config.k8s.io/v1alpha1', key: 'kubeProxyConfiguration' },
};
const SCHEMAS = {
    InitConfiguration: initConfigurationSchema,
    ClusterConfiguration: clusterConfigurationSchema,
    JoinConfiguration: joinConfigurationSchema,
};
/**
 * Loads a kubeadm --config file: multi-document YAML with kubeadm.k8s.io/v1beta4 Init/Cluster/Join
 * configurations and pass-through KubeletConfiguration / KubeProxyConfiguration. Returns the defaulted
 * configuration, or throws one InputError listing every problem with its path.
 */
export function loadKubeadmConfig(text, options = {}) {
    const issues = [];
    const warnings = [];
    if (options.certificateKeyFlag !== undefined) {
        issues.push({
            path: '--certificate-key',
            message: 'cannot be used together with --config; put the key in the config instead (InitConfiguration.certificateKey or JoinConfiguration.controlPlane.certificateKey)',
        });
    }
    const raw = {};
    const parsedOk = {};
    const result = { warnings };
    const docs = parseAllDocuments(text);
    const docList = Array.isArray(docs) ? docs : [docs];
    docList.forEach((doc, i) => {
        const where = `document[${i}]`;
        if (doc.errors.length > 0) {
            for (const e of doc.errors) {
                const p = yamlSyntaxProblem(e);
                issues.push({ path: where, message: `YAML syntax at ${formatYamlPosition(p)}: ${p.message}` });
            }
            return;
        }
        const value = doc.toJS();
        if (value === null || value === undefined)
            return;
        if (typeof value !== 'object' || Array.isArray(value)) {
            issues.push({ path: where, message: 'a document must be a mapping with apiVersion and kind' });
            return;
        }
        const o = value;
        const kind = o['kind'];
        const apiVersion = o['apiVersion'];
        if (typeof kind !== 'string' || kind === '') {
            issues.push({ path: `${where}.kind`, message: 'missing kind' });
            return;
        }
        if (typeof apiVersion !== 'string' || apiVersion === '') {
            issues.push({ path: `${kind}.apiVersion`, message: 'missing apiVersion' });
            return;
        }
        const pass = PASS_THROUGH[kind];
        if (pass) {
            if (apiVersion !== pass.apiVersion) {
                issues.push({ path: `${kind}.apiVersion`, message: `expected ${pass.apiVersion}, got ${apiVersion}` });
            }
            else if (result[pass.key]) {
                issues.push({ path: kind, message: `more than one ${kind} document` });
            }
            else {
                result[pass.key] = o;
            }
            return;
        }
        if (apiVersion.startsWith('kubeadm.k8s.io/') && apiVersion !== KUBEADM_V1BETA4) {
            const why = apiVersion === 'kubeadm.k8s.io/v1beta3' ? 'v1beta3 was removed in kubeadm 1.36; migrate the file to v1beta4' : 'only v1beta4 is supported';
            issues.push({ path: `${kind}.apiVersion`, message: `${apiVersion} is not supported: ${why}` });
            return;
        }
        // UpgradeConfiguration is the kubeadm engine's, for `kubeadm upgrade` (src/engines/kubeadm/config.ts).
        if (apiVersion === KUBEADM_V1BETA4 && kind === 'UpgradeConfiguration')
            return;
        if (apiVersion === KUBEADM_V1BETA4 && kind === 'ResetConfiguration') {
            warnings.push({ path: kind, message: 'not used by kubeha; ignored' });
            return;
        }
        if (apiVersion !== KUBEADM_V1BETA4 || !(kind in SCHEMAS)) {
            issues.push({
                path: `${where}.kind`,
                message: `unknown document ${apiVersion}/${kind}; expected ${[...Object.keys(SCHEMAS), 'UpgradeConfiguration'].join(', ')} (${KUBEADM_V1BETA4}), KubeletConfiguration or KubeProxyConfiguration`,
            });
            return;
        }
        const k = kind;
        if (k in raw) {
            issues.push({ path: kind, message: `more than one ${kind} document` });
            return;
        }
        const parsed = SCHEMAS[k].safeParse(o);
        if (parsed.success) {
            raw[k] = parsed.data;
            parsedOk[k] = true;
        }
        else {
            raw[k] = o;
            issues.push(...zodIssues(kind, parsed.error, o, options.fragment === true));
        }
        if (k === 'ClusterConfiguration')
            issues.push(...checkCluster(o, kind, warnings));
        if (k === 'InitConfiguration')
            issues.push(...checkInit(o, kind));
        // A fragment's discovery is merged under the one kubeha writes (token, endpoint and CA pin): not the fragment's to complete.
        if (k === 'JoinConfiguration' && !options.fragment)
            issues.push(...checkJoin(o, kind));
    });
    if (!options.fragment && !raw.InitConfiguration && !raw.ClusterConfiguration && !raw.JoinConfiguration && issues.length === 0) {
        issues.push({ path: 'document[0]', message: 'no InitConfiguration, ClusterConfiguration or JoinConfiguration document found' });
    }
    if (issues.length > 0) {
        throw new InputError(`validating kubeadm configuration${options.source ? ` ${options.source}` : ''}`, dedupe(issues), options.source === undefined ? {} : { file: options.source });
    }
    if (parsedOk.InitConfiguration || parsedOk.ClusterConfiguration) {
        result.init = defaultInit(raw.InitConfiguration);
        result.cluster = defaultCluster(raw.ClusterConfiguration);
    }
    if (parsedOk.JoinConfiguration)
        result.join = defaultJoin(raw.JoinConfiguration);
    return result;
}
function formatPath(root, path) {
    let out = root;
    for (const p of path)
        out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
    return out;
}
function valueAt(root, path) {
    let v = root;
    for (const p of path)
        v = v !== null && typeof v === 'object' ? v[p] : undefined;
    return v;
}
/** With fragment, a missing required field is no problem: the configuration the fragment is merged into sets it. */
function zodIssues(kind, error, doc, fragment) {
    const out = [];
    for (const issue of error.issues) {
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys)
                out.push({ path: formatPath(kind, [...issue.path, key]), message: 'unknown field' });
        }
        else if (issue.code === 'invalid_type' && valueAt(doc, issue.path) === undefined) {
            if (!fragment)
                out.push({ path: formatPath(kind, issue.path), message: `required (${issue.expected})` });
        }
        else if (issue.code === 'invalid_key') {
            // A bad key in a map (featureGates): report the key itself.
            for (const inner of issue.issues)
                out.push({ path: formatPath(kind, [...issue.path]), message: `${inner.message}: ${String(issue.input ?? '')}`.replace(/: $/, '') });
        }
        else {
            out.push({ path: formatPath(kind, issue.path), message: issue.message });
        }
    }
    return out;
}
function dedupe(issues) {
    const seen = new Set();
    return issues.filter((i) => {
        const key = `${i.path}\u0000${i.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
//# sourceMappingURL=load.js.map