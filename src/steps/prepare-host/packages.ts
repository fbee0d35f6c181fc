import { DEBIAN_SUITE, ROLE_PACKAGES, type PreparedRole } from '../../artifacts/debian.js';
import { CommandError, KubehaError, PreconditionError } from '../../errors.js';
import { retry } from '../../util/wait.js';
import { defineHostStep } from '../../plan/step.js';
import type { ClusterFile } from '../../config/cluster.js';
import type { ClusterContext } from '../../cluster/context.js';
import type { Host } from '../../transport/host.js';
import { pathOf } from '../../transport/content.js';
import { provideOn } from './content.js';
import { preparedHosts, roleOf } from './hosts.js';

/**
 * What must answer on the host once the role's packages are in (a runtime installed otherwise counts too): a
 * command of every package of ROLE_PACKAGES, or an install cut short passes for done (the crash bench found a
 * load balancer with haproxy and keepalived but no socat, and preflight refused it on every later run).
 */
export const COMMANDS: Record<PreparedRole, readonly string[]> = {
  node: ['containerd', 'containerd-shim-runc-v2', 'ctr', 'runc', 'iptables', 'conntrack', 'ebtables', 'ethtool', 'socat'],
  'load-balancer': ['haproxy', 'keepalived', 'socat'],
};

const PROBE = 'for c; do command -v "$c" >/dev/null || { echo "$c"; exit 0; }; done';
// The CNI plugins have no command of their own on the PATH.
const CNI_PROBE = 'test -x /usr/lib/cni/loopback -o -x /opt/cni/bin/loopback || echo "the CNI plugins"';

/** The first of the role's commands the host lacks, if any. */
async function missingCommand(host: Host, role: PreparedRole): Promise<string | undefined> {
  const script = role === 'node' ? `${PROBE}; ${CNI_PROBE}` : PROBE;
  const r = await host.exec(['sh', '-c', script, 'kubeha-probe', ...COMMANDS[role]], { allowFailure: true });
  if (r.code !== 0) return COMMANDS[role][0];
  const missing = r.stdout.trim();
  return missing === '' ? undefined : missing;
}

/** Host preparation supports the Debian release the packages were resolved against, on amd64. */
async function checkOs(host: Host): Promise<void> {
  const osRelease = (await host.readFile('/etc/os-release'))?.toString('utf8') ?? '';
  const field = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1];
  const arch = (await host.exec(['dpkg', '--print-architecture'], { allowFailure: true })).stdout.trim();
  if (field('ID') !== 'debian' || field('VERSION_CODENAME') !== DEBIAN_SUITE || arch !== 'amd64') {
    throw new KubehaError(
      `host preparation installs Debian 12 (${DEBIAN_SUITE}) amd64 packages; this host runs ${field('PRETTY_NAME') ?? 'an unknown OS'} (${arch || 'no dpkg'}): ` +
        'install containerd, kubelet, kubeadm and kubectl yourself and set spec.prepareHosts: false',
      { doing: 'checking the operating system', host: host.name },
    );
  }
}

/**
 * Host preparation, first part (kubeadm's "Installing a container runtime"): the Debian packages a role
 * needs, from the local host packages (dependencies included), so hosts need no network. Load balancers get
 * haproxy and keepalived. The .deb files are sent by content (transport/content.ts): none when the host has
 * them already, in its cache or in the lab's shared store.
 */
/**
 * First whatever a killed dpkg left half-done is configured: --skip-same-version skips a package that is unpacked but
 * not configured, and then a package depending on it cannot be configured ("libnl-3-200 is not configured yet": crash
 * e2e, a kill during dpkg). If the set still does not install, it is installed again whole, then configured.
 */
const DPKG_INSTALL =
  'dpkg --force-confdef --force-confold --configure -a >/dev/null 2>&1; ' +
  '{ dpkg --skip-same-version --force-confdef --force-confold -i "$@" || dpkg --force-confdef --force-confold -i "$@"; } && dpkg --force-confdef --force-confold --configure -a';

export const preparePackages = defineHostStep<ClusterFile, ClusterContext>({
  id: 'prepare/packages',
  title: 'Install the container runtime and tools (Debian packages)',
  needs: [],
  hosts: (c) => preparedHosts(c, 'all'),
  concurrency: () => Infinity,
  done: async (ctx, name) => {
    const host = await ctx.hosts.get(name);
    return (await missingCommand(host, roleOf(ctx.hosts.spec(name).role))) === undefined;
  },
  run: async (ctx, name) => {
    const host = await ctx.hosts.get(name);
    const role = roleOf(ctx.hosts.spec(name).role);
    await checkOs(host);
    const debs = (await ctx.hostArtifacts()).debContent[role];
    const provided = await provideOn(ctx, name, 'host packages', debs);
    const paths = debs.map((d) => pathOf(provided, d));
    // An install cut short (a crash of kubeha) leaves packages unpacked whose dependencies are not: installing the
    // whole set again brings those, then `--configure -a` finishes whatever is still pending (seen in the crash
    // e2e test: conntrack unpacked without libnetfilter-conntrack3). --skip-same-version: what the host has already stays as it is; confold keeps configuration already there.
    // A dpkg of an earlier, killed run may still hold the lock: wait for it.
    await retry(
      'waiting for the dpkg lock',
      () =>
        host.exec(
          ['sh', '-c', DPKG_INSTALL, 'kubeha-dpkg', ...paths],
          { doing: `installing ${ROLE_PACKAGES[role].join(', ')}`, timeoutMs: 600_000, env: { DEBIAN_FRONTEND: 'noninteractive' } },
        ).catch((err: unknown) => {
          if (err instanceof CommandError && !/lock/.test(err.stderr)) throw new PreconditionError(err.message, err.context);
          throw err;
        }),
      120_000,
      2000,
    );
    const missing = await missingCommand(host, role);
    if (missing !== undefined) {
      throw new KubehaError(`${missing} is still missing after installing the packages`, { doing: 'installing the host packages', host: name });
    }
  },
});
