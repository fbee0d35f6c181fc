import { isIP } from 'node:net';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, type ValidationIssue } from '../errors.js';
import { DEFAULT_KUBERNETES_VERSION } from '../artifacts/layout.js';
import { cidrsOverlap, isDnsName, parseCidr, parseEndpoint } from './net.js';
import { zodIssues } from './zod-issues.js';

/** The cluster file (cluster.yaml): kubeha's own apiVersion/kind; an embedded kubeadm config for the rest. */
export const CLUSTER_API_VERSION = 'kubeha.dev/v1alpha1';

const hostName = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'must be a lower-case RFC 1123 label (it becomes the node name)');
const address = z.string().refine((a) => isIP(a) !== 0 || isDnsName(a), 'must be an IP address or a DNS name');
const cidr = z.string().refine((c) => parseCidr(c) !== undefined, 'must be a CIDR such as 10.244.0.0/16');
const port = z.number().int().min(1).max(65535);
const engine = z.enum(['native', 'kubeadm']);
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
            podSubnet: cidr.default('10.244.0.0/16'),
            serviceSubnet: cidr.default('10.96.0.0/12'),
            dnsDomain: z.string().default('cluster.local'),
          })
          .strict()
          .default({ podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/12', dnsDomain: 'cluster.local' }),
        cni: z.enum(['flannel', 'none']).default('flannel'),
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

export type ClusterFile = z.output<typeof clusterSchema>;
export type HostSpec = z.output<typeof hostSchema>;

export interface LoadedCluster {
  cluster: ClusterFile;
  /** The control-plane endpoint, always host:port. */
  endpoint: { host: string; port: number };
  warnings: ValidationIssue[];
}

/** The guide's rules on top of the schema: every problem at once, warnings apart. */
function rules(c: ClusterFile): { errors: ValidationIssue[]; warnings: ValidationIssue[]; endpoint?: { host: string; port: number } } {
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
  if (cidrsOverlap(spec.networking.podSubnet, spec.networking.serviceSubnet))
    errors.push({ path: 'spec.networking.podSubnet', message: `overlaps serviceSubnet ${spec.networking.serviceSubnet}` });
  return { errors, warnings, ...(endpoint ? { endpoint } : {}) };
}

/** Parses and validates a cluster file; throws InputError with every problem and its YAML path. */
export function loadCluster(text: string, source = 'cluster.yaml'): LoadedCluster {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new InputError(`reading ${source}`, doc.errors.map((e) => ({ path: `line ${e.linePos?.[0]?.line ?? '?'}`, message: e.message.split('\n')[0]! })));
  }
  const parsed = clusterSchema.safeParse(doc.toJS());
  if (!parsed.success) throw new InputError(`validating ${source}`, zodIssues(parsed.error));
  const { errors, warnings, endpoint } = rules(parsed.data);
  if (errors.length > 0 || endpoint === undefined) throw new InputError(`validating ${source}`, errors);
  return { cluster: parsed.data, endpoint, warnings };
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
