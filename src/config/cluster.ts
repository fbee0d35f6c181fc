import { isIP } from 'node:net';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, type ValidationIssue } from '../errors.js';
import { DEFAULT_KUBERNETES_VERSION } from '../artifacts/layout.js';
import * as kubeadmCheck from '../kubeadm/config/checks.js';
import { podSubnetNodeMaskProblems } from '../kubeadm/config/cross-checks.js';
import { formatYamlPosition, yamlSyntaxProblem } from '../util/yaml-position.js';
import { sshWithHome } from './home-paths.js';
import { checkKubeadmPassthrough } from './kubeadm-passthrough.js';
import { cidrContains, cidrsOverlap, hostAddressProblem, isDnsName, parseCidr, parseEndpoint } from './net.js';
import { zodIssues } from './zod-issues.js';

/** The cluster file (cluster.yaml): kubeha's own apiVersion/kind; an embedded kubeadm config for the rest. */
export const CLUSTER_API_VERSION = 'kubeha.dev/v1alpha1';

const hostName = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'must be a lower-case RFC 1123 label (it becomes the node name)');
/** A string checked by fn, which names the problem (or returns undefined). */
function checked(fn: (v: string) => string | undefined) {
  return z.string().superRefine((v, ctx) => {
    const problem = fn(v);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const address = checked(hostAddressProblem);
const cidr = (size: (v: string) => string | undefined) =>
  checked((c) => (parseCidr(c) === undefined ? 'must be a CIDR such as 10.244.0.0/16' : size(c)));
const port = z.number().int().min(1).max(65535);
const engine = z.enum(['native', 'kubeadm']);
/** Who does a host's node-local work: `native` (kubeha writes what kubeadm writes) or `kubeadm` (the real binary). */
export type EngineName = z.output<typeof engine>;

/** OpenSSH's ProxyJump form, one jump: `[user@]host[:port]`, the host a name, an address or `[IPv6]`. */
export const PROXY_JUMP = /^(?:([^@\s:,[\]]+)@)?(\[[0-9A-Fa-f:.]+\]|[^@\s:,[\]]+)(?::(\d{1,5}))?$/;

const sshSettings = z
  .object({
    user: z
      .string()
      .min(1)
      .describe('login user: root, or a sudoer with password-less sudo (every command then runs through `sudo -n`)')
      .optional(),
    port: port.optional(),
    privateKeyFile: z
      .string()
      .min(1)
      .describe(
        'path to an unencrypted private key on the admin machine. Without it, the SSH agent (SSH_AUTH_SOCK) when set, else ~/.ssh/id_ed25519; with both, the key is tried first, then the agent',
      )
      .optional(),
    knownHostsFile: z.string().min(1).describe('known_hosts file used to verify host keys (hashed entries too)').optional(),
    proxyJump: z
      .string()
      .refine((v) => v === 'none' || PROXY_JUMP.test(v), 'must be [user@]host[:port] (one jump host) or none')
      .describe(
        "a jump host, as OpenSSH's ProxyJump: [user@]host[:port], or none. A host of spec.hosts may be named; the user and port default to that host's, else to this user and 22. Its host key is verified too",
      )
      .optional(),
  })
  .strict();

const hostSchema = z
  .object({
    name: hostName,
    address,
    role: z.enum(['control-plane', 'worker', 'load-balancer', 'etcd']),
    engine: engine.describe("this host's engine, when it differs from spec.engine (a mixed cluster); control planes and workers only").optional(),
    ssh: sshSettings.optional(),
  })
  .strict();

const loadBalancerSchema = z.union([
  z
    .object({
      managed: z
        .object({
          virtualIP: z.string().refine((a) => isIP(a) !== 0, 'must be an IP address').optional(),
        })
        .strict(),
    })
    .strict(),
  z.object({ external: z.object({ address: z.string() }).strict() }).strict(),
]);

export const clusterSchema = z
  .object({
    apiVersion: z.literal(CLUSTER_API_VERSION),
    kind: z.literal('Cluster'),
    metadata: z.object({ name: hostName }).strict(),
    spec: z
      .object({
        kubernetesVersion: z.string().regex(/^v\d+\.\d+\.\d+$/, 'must look like v1.37.2').default(DEFAULT_KUBERNETES_VERSION),
        engine: engine.default('native'),
        topology: z.enum(['stacked', 'external']).default('stacked'),
        certificates: z.enum(['upload', 'manual']).default('upload'),
        controlPlaneEndpoint: z.string().optional(),
        loadBalancer: loadBalancerSchema.default({ managed: {} }),
        networking: z
          .object({
            // kubeadm's limits: a service subnet of at most 2^20 addresses (/12 for IPv4), pod subnets of 14 or more.
            podSubnet: cidr(kubeadmCheck.podSubnet).default('10.244.0.0/16'),
            serviceSubnet: cidr(kubeadmCheck.serviceSubnet).default('10.96.0.0/12'),
            dnsDomain: checked((d) => (isDnsName(d) ? undefined : 'must be a lower-case RFC 1123 DNS name such as cluster.local')).default('cluster.local'),
          })
          .strict()
          .default({ podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/12', dnsDomain: 'cluster.local' }),
        cni: z.enum(['flannel', 'none']).default('flannel'),
        images: z
          .array(z.string().regex(/^\//, 'must be an absolute path on this machine'))
          .describe(
            "OCI image archives on this machine (absolute paths, each naming its image with the io.containerd.image.name annotation, as `ctr images export` writes it) that host preparation imports into every control plane and worker, besides the release's images: a cluster's own images, or the conformance test images. Nothing is ever pulled",
          )
          .default([]),
        prepareHosts: z
          .boolean()
          .describe(
            'install what hosts lack (Debian 12): containerd, runc, CNI plugins, kubelet, kubeadm, kubectl, the images and kernel settings; haproxy and keepalived on load balancers. From local artifacts only',
          )
          .default(false),
        ssh: sshSettings.default({}),
        hosts: z.array(hostSchema).min(1),
        kubeadm: z.string().describe('extra kubeadm v1beta4 YAML documents merged into the generated config').optional(),
      })
      .strict(),
  })
  .strict();

/** A validated cluster file (`kind: Cluster`, apiVersion kubeha.dev/v1alpha1) with every default filled in. */
export type ClusterFile = z.output<typeof clusterSchema>;
/** One entry of `spec.hosts`: name, address, role and optional engine. */
export type HostSpec = z.output<typeof hostSchema>;

/** What {@link loadCluster} returns: the file, its control-plane endpoint, and warnings that did not stop it. */
export interface LoadedCluster {
  cluster: ClusterFile;
  /** The control-plane endpoint, always host:port. */
  endpoint: { host: string; port: number };
  warnings: ValidationIssue[];
  /** The file it was read from, as errors name it. */
  source?: string;
}

/** The guide's rules on top of the schema: every problem at once, warnings apart. */
function rules(
  c: ClusterFile,
  kubeadmClusterConfiguration: unknown,
): { errors: ValidationIssue[]; warnings: ValidationIssue[]; endpoint?: { host: string; port: number } } {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const spec = c.spec;
  const seenNames = new Map<string, number>();
  const seenAddresses = new Map<string, number>();
  spec.hosts.forEach((h, i) => {
    if (seenNames.has(h.name)) errors.push({ path: `spec.hosts[${i}].name`, message: `duplicate host name "${h.name}" (also spec.hosts[${seenNames.get(h.name)}])` });
    else seenNames.set(h.name, i);
    if (seenAddresses.has(h.address)) errors.push({ path: `spec.hosts[${i}].address`, message: `duplicate address ${h.address} (also spec.hosts[${seenAddresses.get(h.address)}])` });
    else seenAddresses.set(h.address, i);
    if (h.engine !== undefined && h.role !== 'control-plane' && h.role !== 'worker')
      errors.push({ path: `spec.hosts[${i}].engine`, message: `only control-plane and worker hosts have an engine (kubeha sets up ${h.role} hosts itself)` });
  });
  const byRole = (role: HostSpec['role']) => spec.hosts.filter((h) => h.role === role);
  const cps = byRole('control-plane');
  const etcd = byRole('etcd');
  const lbs = byRole('load-balancer');
  if (cps.length < 1) errors.push({ path: 'spec.hosts', message: 'at least one control-plane host is required' });
  else if (cps.length % 2 === 0)
    warnings.push({ path: 'spec.hosts', message: `${cps.length} control planes: an odd number keeps quorum through more failures` });
  if (spec.topology === 'external') {
    if (etcd.length < 1) errors.push({ path: 'spec.topology', message: 'external etcd needs hosts with role etcd' });
    else if (etcd.length % 2 === 0) warnings.push({ path: 'spec.hosts', message: `${etcd.length} etcd hosts: use an odd number for quorum` });
  } else if (etcd.length > 0) {
    errors.push({ path: 'spec.topology', message: 'hosts with role etcd need topology: external (stacked etcd runs on the control planes)' });
  }
  const lb = spec.loadBalancer;
  let lbAddresses: string[] = [];
  if ('managed' in lb) {
    if (lbs.length === 0) errors.push({ path: 'spec.loadBalancer.managed', message: 'a managed load balancer needs at least one host with role load-balancer' });
    if (lb.managed.virtualIP !== undefined) {
      if (lbs.length < 2) errors.push({ path: 'spec.loadBalancer.managed.virtualIP', message: 'a virtual IP needs two or more load-balancer hosts' });
      if (seenAddresses.has(lb.managed.virtualIP)) errors.push({ path: 'spec.loadBalancer.managed.virtualIP', message: 'the virtual IP must not be a host address' });
      lbAddresses = [lb.managed.virtualIP];
    } else if (lbs.length > 1) {
      errors.push({ path: 'spec.loadBalancer.managed', message: 'two or more load-balancer hosts need a virtualIP (one endpoint for all)' });
    } else {
      lbAddresses = lbs.flatMap((h) => [h.address, h.name]);
    }
  } else {
    const ext = parseEndpoint(lb.external.address);
    if (!ext) errors.push({ path: 'spec.loadBalancer.external.address', message: 'must be host[:port]' });
    else lbAddresses = [ext.host];
    if (lbs.length > 0) errors.push({ path: 'spec.loadBalancer', message: 'load-balancer hosts are set up only with a managed load balancer' });
  }
  const defaultHost = 'managed' in lb ? (lb.managed.virtualIP ?? lbs[0]?.address) : parseEndpoint(lb.external.address)?.host;
  const defaultPort = 'external' in lb ? (parseEndpoint(lb.external.address)?.port ?? 6443) : 6443;
  let endpoint: { host: string; port: number } | undefined;
  if (spec.controlPlaneEndpoint !== undefined) {
    const ep = parseEndpoint(spec.controlPlaneEndpoint);
    if (!ep) errors.push({ path: 'spec.controlPlaneEndpoint', message: 'must be host[:port] (a DNS name or an IP)' });
    else {
      endpoint = { host: ep.host, port: ep.port ?? defaultPort };
      if (lbAddresses.length > 0 && !lbAddresses.includes(ep.host))
        errors.push({
          path: 'spec.controlPlaneEndpoint',
          message: `must be the load balancer's address (${lbAddresses.join(' or ')}): the guide requires the endpoint to equal the LB address`,
        });
    }
  } else if (defaultHost !== undefined) {
    endpoint = { host: defaultHost, port: defaultPort };
  }
  if (spec.images.length > 0 && !spec.prepareHosts) errors.push({ path: 'spec.images', message: 'are imported by host preparation: set prepareHosts: true, or import them yourself' });
  if (cidrsOverlap(spec.networking.podSubnet, spec.networking.serviceSubnet))
    errors.push({ path: 'spec.networking.podSubnet', message: `overlaps serviceSubnet ${spec.networking.serviceSubnet}` });
  errors.push(...subnetRules(c, endpoint, kubeadmClusterConfiguration));
  return { errors, warnings, ...(endpoint ? { endpoint } : {}) };
}

/**
 * A pod or service subnet that holds a machine's address sends the traffic for that machine into the cluster's
 * network; a pod subnet smaller than one node's share leaves nodes without pod addresses (kubeadm refuses it too).
 */
function subnetRules(c: ClusterFile, endpoint: { host: string } | undefined, kubeadmClusterConfiguration: unknown): ValidationIssue[] {
  const errors: ValidationIssue[] = [];
  const spec = c.spec;
  const machines = spec.hosts.map((h, i) => ({ address: h.address, what: `host ${h.name} (spec.hosts[${i}].address)` }));
  if ('managed' in spec.loadBalancer && spec.loadBalancer.managed.virtualIP !== undefined)
    machines.push({ address: spec.loadBalancer.managed.virtualIP, what: 'the virtual IP (spec.loadBalancer.managed.virtualIP)' });
  if (endpoint !== undefined) machines.push({ address: endpoint.host, what: 'the control-plane endpoint' });
  for (const field of ['podSubnet', 'serviceSubnet'] as const) {
    const subnet = spec.networking[field];
    const inside = machines.filter((m, i) => cidrContains(subnet, m.address) && machines.findIndex((o) => o.address === m.address) === i);
    if (inside.length > 0) {
      const more = inside.length > 1 ? ` and ${inside.length - 1} more` : '';
      errors.push({ path: `spec.networking.${field}`, message: `${subnet} holds the address ${inside[0]!.address} of ${inside[0]!.what}${more}: pick a range no machine uses` });
    }
  }
  const pod = parseCidr(spec.networking.podSubnet);
  for (const problem of pod === undefined ? [] : podSubnetNodeMaskProblems([pod], kubeadmClusterConfiguration)) {
    errors.push({ path: 'spec.networking.podSubnet', message: `${problem} (the node mask is kube-controller-manager's node-cidr-mask-size-ipv4/-ipv6, in spec.kubeadm's ClusterConfiguration.controllerManager.extraArgs)` });
  }
  return errors;
}

/** Cluster files are small; a bigger one is a mistake (`-f /dev/zero` once read 512 MB before failing). */
export const MAX_CLUSTER_FILE_BYTES = 1024 * 1024;

/** The InputError for a cluster file larger than MAX_CLUSTER_FILE_BYTES. */
export function clusterFileTooLarge(source: string): InputError {
  return new InputError(`reading ${source}`, [{ path: source, message: `larger than ${MAX_CLUSTER_FILE_BYTES} bytes: not a cluster file` }], { file: source });
}

/**
 * Parses and validates a cluster file. Pure: nothing is read or contacted.
 *
 * @param text - the file's YAML
 * @param source - its name in error messages (`validating <source>`)
 * @returns the validated file with defaults, its endpoint and warnings
 * @throws {@link InputError} (exit code 2) with every problem and its YAML path
 */
export function loadCluster(text: string, source = 'cluster.yaml'): LoadedCluster {
  const where = { file: source };
  if (Buffer.byteLength(text, 'utf8') > MAX_CLUSTER_FILE_BYTES) throw clusterFileTooLarge(source);
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => {
      const p = yamlSyntaxProblem(e);
      return { path: formatYamlPosition(p), message: p.message };
    });
    throw new InputError(`reading ${source}`, issues, where);
  }
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null || value === undefined ? 'an empty file' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    throw new InputError(`validating ${source}`, [{ path: '(root)', message: `must be a mapping with apiVersion: ${CLUSTER_API_VERSION}, kind: Cluster, metadata and spec; got ${got}` }], where);
  }
  const parsed = clusterSchema.safeParse(value);
  if (!parsed.success) throw new InputError(`validating ${source}`, zodIssues(parsed.error), where);
  const kubeadm = checkKubeadmPassthrough(parsed.data.spec.kubeadm);
  const { errors, warnings, endpoint } = rules(parsed.data, kubeadm.clusterConfiguration);
  errors.push(...kubeadm.issues);
  if (errors.length > 0 || endpoint === undefined) throw new InputError(`validating ${source}`, errors, where);
  const cluster: ClusterFile = {
    ...parsed.data,
    spec: { ...parsed.data.spec, ssh: sshWithHome(parsed.data.spec.ssh), hosts: parsed.data.spec.hosts.map((h) => (h.ssh === undefined ? h : { ...h, ssh: sshWithHome(h.ssh) })) },
  };
  return { cluster, endpoint, warnings: [...warnings, ...kubeadm.warnings], source };
}

/** JSON Schema of the cluster file, for editors (published as schema/cluster.schema.json). */
export function clusterJsonSchema(): unknown {
  return z.toJSONSchema(clusterSchema, { io: 'input' });
}

/** Who does the node-local work on this host: its own engine, else the cluster's. */
export function engineOfHost(cluster: ClusterFile, name: string): EngineName {
  return cluster.spec.hosts.find((h) => h.name === name)?.engine ?? cluster.spec.engine;
}

export function hostsWithRole(cluster: ClusterFile, role: HostSpec['role']): HostSpec[] {
  return cluster.spec.hosts.filter((h) => h.role === role);
}
