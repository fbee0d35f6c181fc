import { X509Certificate } from 'node:crypto';
import { parse } from 'yaml';
import { InputError } from '../errors.js';
import { checkExpiration, KUBERNETES_DIR } from '../kubeadm/pki/expiration.js';
import { ETCD_MEMBER_NAMES, renewableNames } from '../kubeadm/pki/renew.js';
import { buildPlan } from '../plan/plan.js';
import { renewedAdminKubeconfig } from '../steps/certs/admin-kubeconfig.js';
import { renewEtcdMembersStep } from '../steps/certs/etcd-members.js';
import { renewCertificatesStep } from '../steps/certs/renew.js';
import { etcdHostNames } from './context.js';
import { answering } from './host-pool.js';
import { probeConfig } from './joined.js';
import { openCluster, runOnCluster } from './up.js';
/** kubeadm's names renewable in this cluster: with external etcd, also the members' certificates on the etcd hosts. */
function renewNames(loaded, names) {
    const external = loaded.cluster.spec.topology === 'external';
    const all = [...renewableNames(external), ...(external ? ['apiserver-etcd-client', ...ETCD_MEMBER_NAMES] : [])];
    if (names === undefined || names.length === 0 || (names.length === 1 && names[0] === 'all'))
        return all;
    const unknown = names.filter((n) => !all.includes(n));
    if (unknown.length > 0) {
        throw new InputError('renewing the certificates', unknown.map((n) => ({ path: 'NAME', message: `${JSON.stringify(n)} is not one of all, ${all.join(', ')}` })));
    }
    return [...new Set(names)];
}
function renewSteps(loaded, names, since) {
    const onEtcdHosts = (n) => loaded.cluster.spec.topology === 'external' && ETCD_MEMBER_NAMES.includes(n);
    return [renewEtcdMembersStep(names.filter(onEtcdHosts), since), renewCertificatesStep(names.filter((n) => !onEtcdHosts(n)), since), renewedAdminKubeconfig];
}
/** The plan of `certs renew`: pure. */
export function planRenewCertificates(loaded, options = {}) {
    return buildPlan(loaded.cluster, renewSteps(loaded, renewNames(loaded, options.names), new Date()));
}
/**
 * `kubeadm certs renew` on every control plane, one at a time: new keys and a new validity for kubeadm's leaf
 * certificates and the kubeconfig files' client certificates (CAs stay), then that control plane's static pods
 * restarted (etcd, the apiserver out of the load balancers, controller-manager, scheduler), then the user's
 * admin kubeconfig. Each engine does its hosts' part (kubeadm: `kubeadm certs renew`).
 */
export async function renewCertificates(loaded, options) {
    const names = renewNames(loaded, options.names);
    const steps = renewSteps(loaded, names, new Date());
    const plan = buildPlan(loaded.cluster, steps);
    const { outcomes } = await runOnCluster(loaded, plan, steps, options);
    return { plan, outcomes, names };
}
const KUBELET_CLIENT = '/var/lib/kubelet/pki/kubelet-client-current.pem';
const KUBELET_CONFIG = '/var/lib/kubelet/config.yaml';
const ETCD_MEMBER_CERTS = ['server', 'peer', 'healthcheck-client'];
const residual = (end, now) => Math.floor((end.getTime() - now.getTime()) / 1000);
async function kubeletClient(host, now) {
    const config = (await host.readFile(KUBELET_CONFIG))?.toString('utf8');
    if (config === undefined)
        return undefined;
    const rotation = parse(config)?.rotateCertificates === true;
    const pem = await host.readFile(KUBELET_CLIENT);
    if (pem === undefined)
        return { rotation };
    const end = new Date(new X509Certificate(pem).validTo);
    return { rotation, expirationDate: end, residualTimeSeconds: residual(end, now) };
}
/**
 * `kubeadm certs check-expiration` on every host at once: kubeadm's list on each control plane, the member
 * certificates on etcd hosts, and on every node the kubelet's client certificate and whether the kubelet rotates it.
 * Read-only.
 */
export async function checkCertificateExpiration(loaded, options) {
    const ctx = await openCluster(loaded, options);
    const now = new Date();
    try {
        const etcdHosts = new Set(loaded.cluster.spec.topology === 'external' ? etcdHostNames(loaded.cluster) : []);
        const hosts = await Promise.all(loaded.cluster.spec.hosts
            .filter((h) => h.role !== 'load-balancer')
            .map(async (spec) => {
            const { host, error } = await answering(ctx.hosts, spec.name);
            if (!host)
                return { host: spec.name, role: spec.role, error: error ?? 'does not answer' };
            const out = { host: spec.name, role: spec.role };
            const cfg = probeConfig(ctx, spec.name).cluster;
            if (spec.role === 'control-plane') {
                out.kubeadm = await checkExpiration(host, { certificatesDir: cfg.certificatesDir, kubernetesDir: KUBERNETES_DIR, externalEtcd: cfg.etcd.external !== undefined }, now);
            }
            if (etcdHosts.has(spec.name)) {
                out.etcd = await Promise.all(ETCD_MEMBER_CERTS.map(async (n) => {
                    const pem = await host.readFile(`${cfg.certificatesDir}/etcd/${n}.crt`);
                    if (pem === undefined)
                        return { name: `etcd-${n}` };
                    const end = new Date(new X509Certificate(pem).validTo);
                    return { name: `etcd-${n}`, expirationDate: end, residualTimeSeconds: residual(end, now) };
                }));
            }
            if (spec.role === 'control-plane' || spec.role === 'worker') {
                const kubelet = await kubeletClient(host, now);
                if (kubelet)
                    out.kubelet = kubelet;
            }
            return out;
        }));
        let soonest;
        const consider = (host, name, end) => {
            if (end && (!soonest || end < soonest.expirationDate))
                soonest = { host, name, expirationDate: end };
        };
        for (const h of hosts) {
            for (const c of [...(h.kubeadm?.certificates ?? []), ...(h.kubeadm?.certificateAuthorities ?? [])])
                consider(h.host, c.name, c.missing ? undefined : c.expirationDate);
            for (const c of h.etcd ?? [])
                consider(h.host, c.name, c.expirationDate);
            if (h.kubelet && !h.kubelet.rotation)
                consider(h.host, 'kubelet client', h.kubelet.expirationDate);
        }
        return { hosts, ...(soonest ? { soonest } : {}) };
    }
    finally {
        await ctx.hosts.closeAll();
    }
}
//# sourceMappingURL=certs.js.map