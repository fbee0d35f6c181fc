import type { Host } from '../transport/host.js';

/** kubectl on a control plane with its admin.conf: the narrow way steps read and change the cluster. */
export async function kubectl(host: Host, args: readonly string[], options: { stdin?: string; allowFailure?: boolean; doing?: string } = {}) {
  return host.exec(['kubectl', '--kubeconfig', '/etc/kubernetes/admin.conf', '--request-timeout=20s', ...args], {
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    allowFailure: options.allowFailure ?? false,
    doing: options.doing ?? `kubectl ${args[0] ?? ''}`,
    timeoutMs: 60_000,
  });
}

export async function apiReady(host: Host): Promise<boolean> {
  if ((await host.readFile('/etc/kubernetes/admin.conf')) === undefined) return false;
  const r = await kubectl(host, ['get', '--raw', '/readyz'], { allowFailure: true });
  return r.code === 0 && r.stdout.trim() === 'ok';
}
