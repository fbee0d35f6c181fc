// Shared by the end-to-end cluster tests: talking to a lab cluster from the admin side (the root namespace).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactsDir } from '../../src/artifacts/layout.js';
import type { Host } from '../../src/transport/host.js';
import { run } from '../../src/util/process.js';

export const bin = (name: string) => join(artifactsDir(), 'bin', name);

export async function kubectlJson<T>(kubeconfig: string, args: string[]): Promise<T> {
  const r = await run([bin('kubectl'), '--kubeconfig', kubeconfig, '--request-timeout=10s', ...args, '-o', 'json']);
  return JSON.parse(r.stdout) as T;
}

export async function readyNodes(kubeconfig: string): Promise<string[]> {
  type Nodes = { items: { metadata: { name: string }; status: { conditions: { type: string; status: string }[] } }[] };
  const nodes = await kubectlJson<Nodes>(kubeconfig, ['get', 'nodes']);
  return nodes.items.filter((n) => n.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True')).map((n) => n.metadata.name).sort();
}

/** etcdctl from the admin side with a control plane's healthcheck-client certificate. */
export async function etcdctl(cp: Host, endpoints: string[], args: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kubeha-etcdctl-'));
  for (const f of ['ca.crt', 'healthcheck-client.crt', 'healthcheck-client.key']) {
    const data = await cp.readFile(`/etc/kubernetes/pki/etcd/${f}`);
    if (!data) throw new Error(`${cp.name}: /etc/kubernetes/pki/etcd/${f} missing`);
    await writeFile(join(dir, f), data, { mode: 0o600 });
  }
  const r = await run([
    bin('etcdctl'),
    `--endpoints=${endpoints.join(',')}`,
    `--cacert=${join(dir, 'ca.crt')}`,
    `--cert=${join(dir, 'healthcheck-client.crt')}`,
    `--key=${join(dir, 'healthcheck-client.key')}`,
    '--dial-timeout=3s',
    '--command-timeout=5s',
    ...args,
  ]);
  await run(['rm', '-rf', dir]);
  return r.stdout;
}

export async function eventually<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs: number, intervalMs = 1000): Promise<T> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
