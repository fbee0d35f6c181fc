import { InputError } from '../errors.js';

/** The one private network all labs share: a bridge in the root namespace, hosts from .10 up. */
export const LAB_SUBNET_PREFIX = '10.250.7';
export const LAB_BRIDGE = 'kubeha0';
export const LAB_GATEWAY = `${LAB_SUBNET_PREFIX}.1`;
export const LAB_PREFIX_LENGTH = 24;
export const FIRST_HOST_OCTET = 10;
export const LAST_HOST_OCTET = 254;

export const DEFAULT_LAB_NAME = 'kubeha';
export const LABS_ROOT = '/var/lib/kubeha/labs';

export const PAUSE_IMAGE = 'registry.k8s.io/pause:3.10.2';

export type HostRole = 'load-balancer' | 'control-plane' | 'etcd' | 'worker';

export interface LabSpec {
  name: string;
  loadBalancers: number;
  controlPlanes: number;
  etcd: number;
  workers: number;
  /**
   * Hosts reached only as a sudoer, like a cloud image: LAB_SUDO_USER with password-less sudo, and an sshd that
   * refuses root (`PermitRootLogin no`).
   */
  sudoHosts?: readonly string[];
  /** Hosts reached only through a jump host (target → jump host): their sshd admits only the jump host's address. */
  jumpHosts?: Readonly<Record<string, string>>;
  /**
   * Hosts without the lab's shared content (see lab/shared-content.ts), as real machines are: `up` sends them
   * every package, binary and image over SSH.
   */
  unsharedHosts?: readonly string[];
}

/** The login user of the lab's sudo hosts (Debian's cloud images call theirs `debian`). */
export const LAB_SUDO_USER = 'debian';

export const DEFAULT_SPEC: Omit<LabSpec, 'name'> = { loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 };

const ROLE_PREFIX: Record<HostRole, string> = {
  'load-balancer': 'lb',
  'control-plane': 'cp',
  etcd: 'etcd',
  worker: 'w',
};

/** Host names in creation order: lb1…, cp1…, etcd1…, w1…. */
export function plannedHosts(spec: LabSpec): { name: string; role: HostRole }[] {
  const out: { name: string; role: HostRole }[] = [];
  const counts: [HostRole, number][] = [
    ['load-balancer', spec.loadBalancers],
    ['control-plane', spec.controlPlanes],
    ['etcd', spec.etcd],
    ['worker', spec.workers],
  ];
  for (const [role, n] of counts) for (let i = 1; i <= n; i++) out.push({ name: `${ROLE_PREFIX[role]}${i}`, role });
  return out;
}

const LAB_NAME = /^[a-z0-9]([a-z0-9-]{0,18}[a-z0-9])?$/;

export function validateSpec(spec: LabSpec): void {
  const issues: { path: string; message: string }[] = [];
  if (!LAB_NAME.test(spec.name)) {
    issues.push({ path: 'name', message: 'must be 1-20 characters of a-z, 0-9 and inner dashes' });
  }
  for (const key of ['loadBalancers', 'controlPlanes', 'etcd', 'workers'] as const) {
    const n = spec[key];
    if (!Number.isInteger(n) || n < 0 || n > 50) issues.push({ path: key, message: 'must be an integer from 0 to 50' });
  }
  if (issues.length === 0 && plannedHosts(spec).length === 0) issues.push({ path: 'hosts', message: 'a lab needs at least one host' });
  if (issues.length === 0) {
    const names = plannedHosts(spec).map((h) => h.name);
    const known = (n: string) => names.includes(n);
    for (const h of spec.sudoHosts ?? []) if (!known(h)) issues.push({ path: `sudoHosts ${h}`, message: `no host ${h} in the lab (hosts: ${names.join(', ')})` });
    for (const h of spec.unsharedHosts ?? []) if (!known(h)) issues.push({ path: `unsharedHosts ${h}`, message: `no host ${h} in the lab (hosts: ${names.join(', ')})` });
    const jumps = spec.jumpHosts ?? {};
    for (const [target, jump] of Object.entries(jumps)) {
      const path = `jumpHosts ${target}=${jump}`;
      if (!known(target)) issues.push({ path, message: `no host ${target} in the lab (hosts: ${names.join(', ')})` });
      else if (!known(jump)) issues.push({ path, message: `no jump host ${jump} in the lab (hosts: ${names.join(', ')})` });
      else if (jump === target || jumps[jump] !== undefined) issues.push({ path, message: 'a jump host must be reached directly (one jump, as the cluster file allows)' });
    }
  }
  if (issues.length > 0) throw new InputError('checking the lab spec', issues);
}

export function validateLabName(name: string): void {
  if (!LAB_NAME.test(name)) throw new InputError('checking the lab name', [{ path: 'name', message: 'must be 1-20 characters of a-z, 0-9 and inner dashes' }]);
}

/** The lowest free addresses in the shared /24, given the ones other labs hold. */
export function allocateAddresses(count: number, used: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let octet = FIRST_HOST_OCTET; octet <= LAST_HOST_OCTET && out.length < count; octet++) {
    const address = `${LAB_SUBNET_PREFIX}.${octet}`;
    if (!used.has(address)) out.push(address);
  }
  if (out.length < count) {
    throw new InputError('allocating lab addresses', [
      { path: 'hosts', message: `only ${out.length} free addresses left in ${LAB_SUBNET_PREFIX}.0/24, ${count} needed` },
    ]);
  }
  return out;
}

/** Network namespace name (under /run/netns) of one lab host. */
export function netnsName(lab: string, host: string): string {
  return `kubeha-${lab}-${host}`;
}

/** Interface names are at most 15 bytes; the address is unique across labs, so it names the veth. */
export function vethNames(address: string): { outside: string; inside: string } {
  const octet = address.split('.').pop()!;
  return { outside: `khv-${octet}`, inside: `khp-${octet}` };
}

/**
 * A host's cgroup: every process of the host runs in it (the boot puts its PID 1 there), and its kubelet gives its
 * pods a root below it (several kubelets on one machine need distinct roots).
 */
export function kubeletCgroupRoot(lab: string, host: string): string {
  return `/kubeha-${lab}-${host}`;
}

/**
 * Each host's CPU weight (cgroup v1 cpu.shares of its cgroup; 1024 is one task's). A real control plane has CPUs of
 * its own (kubeadm wants 2); lab hosts share this machine's, so the hosts every request goes through weigh 8 workers.
 * Measured (bench scale, 50 workers, every host at the same weight and the hosts' daemons in the root cgroup, each
 * thread weighing as much as a control plane's whole pods): once the workers joined, at load ~150, haproxy had all
 * three apiservers DOWN (L6TOUT, /readyz checks unanswered in 10 s), and 7 nodes were still NotReady 600 s later. With
 * these weights the apiservers stayed UP and every node was Ready.
 */
export const LAB_CPU_SHARES: Readonly<Record<HostRole, number>> = { 'load-balancer': 8192, 'control-plane': 8192, etcd: 8192, worker: 1024 };
