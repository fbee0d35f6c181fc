import { X509Certificate } from 'node:crypto';
import { parse } from 'yaml';
import type { LoadedCluster } from '../config/cluster.js';
import { InputError } from '../errors.js';
import { checkExpiration, KUBERNETES_DIR, type CertificateExpirationInfo } from '../kubeadm/pki/expiration.js';
import { ETCD_MEMBER_NAMES, renewableNames } from '../kubeadm/pki/renew.js';
import { buildPlan, type Plan } from '../plan/plan.js';
import type { StepOutcome } from '../plan/runner.js';
import type { Step } from '../plan/step.js';
import { renewedAdminKubeconfig } from '../steps/certs/admin-kubeconfig.js';
import { renewEtcdMembersStep } from '../steps/certs/etcd-members.js';
import { renewCertificatesStep } from '../steps/certs/renew.js';
import type { ClusterFile } from '../config/cluster.js';
import type { Host } from '../transport/host.js';
import { etcdHostNames, type ClusterContext } from './context.js';
import { answering } from './host-pool.js';
import { probeConfig } from './joined.js';
import { openCluster, runOnCluster, type OpenOptions } from './up.js';

/** How `renewCertificates` runs: which certificates, and the usual event sink and connector. */
export interface RenewOptions extends OpenOptions {
  /** kubeadm's names (`apiserver`, `admin.conf`, …) or `all` (the default). */
  names?: readonly string[];
  dryRun?: boolean;
  signal?: AbortSignal;
}

/** What a renewal did: its plan, each step's outcome, and the names renewed. */
export interface RenewResult {
  plan: Plan;
  outcomes: StepOutcome[];
  /** What was renewed: on each control plane, and (external etcd) the members' certificates on each etcd host. */
  names: string[];
}

/** kubeadm's names renewable in this cluster: with external etcd, also the members' certificates on the etcd hosts. */
function renewNames(loaded: LoadedCluster, names: readonly string[] | undefined): string[] {
  const external = loaded.cluster.spec.topology === 'external';
  const all = [...renewableNames(external), ...(external ? ['apiserver-etcd-client', ...ETCD_MEMBER_NAMES] : [])];
  if (names === undefined || names.length === 0 || (names.length === 1 && names[0] === 'all')) return all;
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    throw new InputError('renewing the certificates', unknown.map((n) => ({ path: 'NAME', message: `${JSON.stringify(n)} is not one of all, ${all.join(', ')}` })));
  }
  return [...new Set(names)];
}

function renewSteps(loaded: LoadedCluster, names: readonly string[], since: Date): Step<ClusterFile, ClusterContext>[] {
  const onEtcdHosts = (n: string) => loaded.cluster.spec.topology === 'external' && (ETCD_MEMBER_NAMES as readonly string[]).includes(n);
  return [renewEtcdMembersStep(names.filter(onEtcdHosts), since), renewCertificatesStep(names.filter((n) => !onEtcdHosts(n)), since), renewedAdminKubeconfig];
}

/** The plan of `certs renew`: pure. */
export function planRenewCertificates(loaded: LoadedCluster, options: Pick<RenewOptions, 'names'> = {}): Plan {
  return buildPlan(loaded.cluster, renewSteps(loaded, renewNames(loaded, options.names), new Date()));
}

/**
 * `kubeadm certs renew` on every control plane, one at a time: new keys and a new validity for kubeadm's leaf
 * certificates and the kubeconfig files' client certificates (CAs stay), then that control plane's static pods
 * restarted (etcd, the apiserver out of the load balancers, controller-manager, scheduler), then the user's
 * admin kubeconfig. Each engine does its hosts' part (kubeadm: `kubeadm certs renew`).
 */
export async function renewCertificates(loaded: LoadedCluster, options: RenewOptions): Promise<RenewResult> {
  const names = renewNames(loaded, options.names);
  const steps = renewSteps(loaded, names, new Date());
  const plan = buildPlan(loaded.cluster, steps);
  const { outcomes } = await runOnCluster(loaded, plan, steps, options);
  return { plan, outcomes, names };
}

/** A kubelet's client certificate and whether the kubelet rotates it. */
export interface KubeletClientCertificate {
  /** /var/lib/kubelet/pki/kubelet-client-current.pem's NotAfter; undefined when it is missing. */
  expirationDate?: Date;
  residualTimeSeconds?: number;
  /** KubeletConfiguration rotateCertificates: the kubelet renews its client certificate itself. */
  rotation: boolean;
}

/** One host's certificates, as `checkCertificateExpiration` read them. */
export interface HostCertificates {
  host: string;
  role: string;
  /** Why nothing could be read (unreachable host). */
  error?: string;
  /** kubeadm's check-expiration on a control plane; an etcd host's member certificates (external etcd). */
  kubeadm?: CertificateExpirationInfo;
  etcd?: { name: string; expirationDate?: Date; residualTimeSeconds?: number }[];
  kubelet?: KubeletClientCertificate;
}

/** Every host's certificates, and the one nearest to expiry. */
export interface CertificateReport {
  hosts: HostCertificates[];
  /** The certificate nearest to expiry anywhere (not counting those the kubelet rotates). */
  soonest?: { host: string; name: string; expirationDate: Date };
}

const KUBELET_CLIENT = '/var/lib/kubelet/pki/kubelet-client-current.pem';
const KUBELET_CONFIG = '/var/lib/kubelet/config.yaml';
const ETCD_MEMBER_CERTS = ['server', 'peer', 'healthcheck-client'];

const residual = (end: Date, now: Date) => Math.floor((end.getTime() - now.getTime()) / 1000);

async function kubeletClient(host: Host, now: Date): Promise<KubeletClientCertificate | undefined> {
  const config = (await host.readFile(KUBELET_CONFIG))?.toString('utf8');
  if (config === undefined) return undefined;
  const rotation = (parse(config) as { rotateCertificates?: boolean } | null)?.rotateCertificates === true;
  const pem = await host.readFile(KUBELET_CLIENT);
  if (pem === undefined) return { rotation };
  const end = new Date(new X509Certificate(pem).validTo);
  return { rotation, expirationDate: end, residualTimeSeconds: residual(end, now) };
}

/**
 * `kubeadm certs check-expiration` on every host at once: kubeadm's list on each control plane, the member
 * certificates on etcd hosts, and on every node the kubelet's client certificate and whether the kubelet rotates it.
 * Read-only.
 */
export async function checkCertificateExpiration(loaded: LoadedCluster, options: OpenOptions): Promise<CertificateReport> {
  const ctx = await openCluster(loaded, options);
  const now = new Date();
  try {
    const etcdHosts = new Set(loaded.cluster.spec.topology === 'external' ? etcdHostNames(loaded.cluster) : []);
    const hosts = await Promise.all(
      loaded.cluster.spec.hosts
        .filter((h) => h.role !== 'load-balancer')
        .map(async (spec): Promise<HostCertificates> => {
          const { host, error } = await answering(ctx.hosts, spec.name);
          if (!host) return { host: spec.name, role: spec.role, error: error ?? 'does not answer' };
          const out: HostCertificates = { host: spec.name, role: spec.role };
          const cfg = probeConfig(ctx, spec.name).cluster;
          if (spec.role === 'control-plane') {
            out.kubeadm = await checkExpiration(host, { certificatesDir: cfg.certificatesDir, kubernetesDir: KUBERNETES_DIR, externalEtcd: cfg.etcd.external !== undefined }, now);
          }
          if (etcdHosts.has(spec.name)) {
            out.etcd = await Promise.all(
              ETCD_MEMBER_CERTS.map(async (n) => {
                const pem = await host.readFile(`${cfg.certificatesDir}/etcd/${n}.crt`);
                if (pem === undefined) return { name: `etcd-${n}` };
                const end = new Date(new X509Certificate(pem).validTo);
                return { name: `etcd-${n}`, expirationDate: end, residualTimeSeconds: residual(end, now) };
              }),
            );
          }
          if (spec.role === 'control-plane' || spec.role === 'worker') {
            const kubelet = await kubeletClient(host, now);
            if (kubelet) out.kubelet = kubelet;
          }
          return out;
        }),
    );
    let soonest: CertificateReport['soonest'];
    const consider = (host: string, name: string, end: Date | undefined) => {
      if (end && (!soonest || end < soonest.expirationDate)) soonest = { host, name, expirationDate: end };
    };
    for (const h of hosts) {
      for (const c of [...(h.kubeadm?.certificates ?? []), ...(h.kubeadm?.certificateAuthorities ?? [])]) consider(h.host, c.name, c.missing ? undefined : c.expirationDate);
      for (const c of h.etcd ?? []) consider(h.host, c.name, c.expirationDate);
      if (h.kubelet && !h.kubelet.rotation) consider(h.host, 'kubelet client', h.kubelet.expirationDate);
    }
    return { hosts, ...(soonest ? { soonest } : {}) };
  } finally {
    await ctx.hosts.closeAll();
  }
}
