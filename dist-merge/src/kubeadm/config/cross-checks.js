import { cidrsOverlap } from './net.js';
import { parseSubnets } from './checks.js';
import { parseGoDuration } from './duration.js';
const obj = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const str = (o, key) => (typeof o?.[key] === 'string' ? o[key] : undefined);
const list = (o, key) => (Array.isArray(o?.[key]) ? o[key] : []);
/** The value of the last extraArg with this name, as kubeadm's GetArgValue(..., -1) finds it. */
function lastArg(args, name) {
    let found;
    for (const a of args) {
        const o = obj(a);
        if (str(o, 'name') === name)
            found = str(o, 'value') ?? '';
    }
    return found;
}
const YEAR_NS = 365n * 24n * 3600000000000n;
export function checkCluster(doc, at, warnings) {
    const issues = [];
    const etcd = obj(doc['etcd']);
    const local = etcd && 'local' in etcd && etcd['local'] !== null;
    const external = obj(etcd?.['external']);
    if (local && external) {
        issues.push({ path: `${at}.etcd`, message: 'etcd.local and etcd.external are mutually exclusive' });
    }
    else if (external) {
        const p = `${at}.etcd.external`;
        const ca = str(external, 'caFile') ?? '';
        const cert = str(external, 'certFile') ?? '';
        const key = str(external, 'keyFile') ?? '';
        if ((cert === '') !== (key === ''))
            issues.push({ path: p, message: 'either both or none of certFile and keyFile must be set' });
        if (cert !== '' && key !== '' && ca === '')
            issues.push({ path: `${p}.caFile`, message: 'certFile and keyFile require caFile' });
        const endpoints = list(external, 'endpoints');
        if (Array.isArray(external['endpoints']) && endpoints.length === 0) {
            issues.push({ path: `${p}.endpoints`, message: 'at least one endpoint must be specified' });
        }
        if (ca !== '' || cert !== '' || key !== '') {
            endpoints.forEach((e, i) => {
                if (typeof e === 'string' && !e.startsWith('https://')) {
                    issues.push({ path: `${p}.endpoints[${i}]`, message: 'the URL must use https when TLS files are set' });
                }
            });
        }
    }
    const networking = obj(doc['networking']);
    const pod = str(networking, 'podSubnet');
    const service = str(networking, 'serviceSubnet') ?? '10.96.0.0/12';
    const podParsed = pod === undefined ? undefined : parseSubnets(pod);
    const serviceParsed = parseSubnets(service);
    if (podParsed && 'cidrs' in podParsed) {
        for (const problem of podSubnetNodeMaskProblems(podParsed.cidrs, doc))
            issues.push({ path: `${at}.networking.podSubnet`, message: problem });
        if ('cidrs' in serviceParsed) {
            for (const p of podParsed.cidrs) {
                for (const s of serviceParsed.cidrs) {
                    if (cidrsOverlap(p, s)) {
                        issues.push({ path: `${at}.networking.podSubnet`, message: `overlaps the service subnet ${service}` });
                    }
                }
            }
        }
    }
    const certValidity = parseGoDuration(str(doc, 'certificateValidityPeriod') ?? '8760h');
    const caValidity = parseGoDuration(str(doc, 'caCertificateValidityPeriod') ?? '87600h');
    if (certValidity !== undefined && certValidity > YEAR_NS) {
        warnings.push({ path: `${at}.certificateValidityPeriod`, message: 'longer than the recommended 8760h0m0s' });
    }
    if (caValidity !== undefined && caValidity > 10n * YEAR_NS) {
        warnings.push({ path: `${at}.caCertificateValidityPeriod`, message: 'longer than the recommended 87600h0m0s' });
    }
    if (certValidity !== undefined && caValidity !== undefined && certValidity > caValidity) {
        warnings.push({ path: `${at}.certificateValidityPeriod`, message: 'longer than caCertificateValidityPeriod' });
    }
    return issues;
}
/**
 * kubeadm's ValidatePodSubnetNodeMask: unless the controller manager allocates no node CIDRs, each pod subnet must
 * hold at least one node subnet (node-cidr-mask-size-ipv4, default /24; -ipv6, default /64) and at most 2^16.
 */
export function podSubnetNodeMaskProblems(cidrs, clusterConfiguration) {
    const kcmArgs = list(obj(obj(clusterConfiguration)?.['controllerManager']), 'extraArgs');
    if (lastArg(kcmArgs, 'allocate-node-cidrs') === 'false')
        return [];
    return cidrs.map((c) => nodeMaskProblem(c, kcmArgs)).filter((p) => p !== undefined);
}
function nodeMaskProblem(c, kcmArgs) {
    const argName = c.family === 6 ? 'node-cidr-mask-size-ipv6' : 'node-cidr-mask-size-ipv4';
    const given = lastArg(kcmArgs, argName);
    let nodeMask = c.family === 6 ? 64 : 24;
    if (given !== undefined && given !== '') {
        if (!/^\d+$/.test(given))
            return `could not parse the kube-controller-manager flag ${argName}="${given}" as an integer`;
        nodeMask = Number(given);
    }
    if (c.prefix > nodeMask)
        return `the pod subnet mask /${c.prefix} is smaller than the node subnet mask /${nodeMask}`;
    if (nodeMask - c.prefix > 16)
        return `the pod subnet mask (${c.prefix}) and node mask (${nodeMask}) differ by more than 16`;
    return undefined;
}
export function checkInit(doc, at) {
    const issues = [];
    list(doc, 'bootstrapTokens').forEach((t, i) => {
        const o = obj(t);
        if (!o)
            return;
        const p = `${at}.bootstrapTokens[${i}]`;
        if (o['ttl'] !== undefined && o['expires'] !== undefined)
            issues.push({ path: p, message: 'ttl and expires are mutually exclusive' });
        const usages = Array.isArray(o['usages']) ? o['usages'] : ['signing', 'authentication'];
        if (list(o, 'groups').length > 0 && !usages.includes('authentication')) {
            issues.push({ path: `${p}.groups`, message: 'token groups cannot be specified unless usages includes "authentication"' });
        }
    });
    return issues;
}
export function checkJoin(doc, at) {
    const issues = [];
    const discovery = obj(doc['discovery']);
    if (!discovery)
        return issues;
    const bt = obj(discovery['bootstrapToken']);
    const file = obj(discovery['file']);
    if (!bt && !file)
        issues.push({ path: `${at}.discovery`, message: 'bootstrapToken or file must be set' });
    if (bt && file)
        issues.push({ path: `${at}.discovery`, message: 'bootstrapToken and file cannot both be set' });
    if (bt && list(bt, 'caCertHashes').length === 0 && bt['unsafeSkipCAVerification'] !== true) {
        issues.push({
            path: `${at}.discovery.bootstrapToken.caCertHashes`,
            message: 'token-based discovery without caCertHashes is unsafe; set caCertHashes (or unsafeSkipCAVerification: true)',
        });
    }
    return issues;
}
//# sourceMappingURL=cross-checks.js.map