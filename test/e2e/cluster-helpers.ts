// Shared by the end-to-end cluster tests: talking to a lab cluster from the admin side (the root namespace).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactsDir } from '../../src/artifacts/layout.js';
import type { Host } from '../../src/transport/host.js';
import { run } from '../../src/util/process.js';
import { waitFor } from '../../src/util/wait.js';

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

/** kubeha's own waitFor, polling every second by default (the tests watch things that settle fast). */
export function eventually<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs: number, intervalMs = 1000): Promise<T> {
  return waitFor(what, fn, timeoutMs, { intervalMs });
}

/** A pod on one worker answers HTTP from a pod on another: the CNI's pod network spans hosts. */
export async function podToPod(kubeconfig: string, image: string, from: string, to: string): Promise<string> {
  const k = [bin('kubectl'), '--kubeconfig', kubeconfig];
  const pod = (name: string, node: string, command: string[]) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default' },
    spec: { nodeName: node, containers: [{ name, image, imagePullPolicy: 'Never', command }] },
  });
  const manifest = [
    pod('e2e-web', to, ['/bin/busybox', 'sh', '-c', 'mkdir -p /w && echo hello > /w/index.html && exec /bin/busybox httpd -f -p 8080 -h /w']),
    pod('e2e-client', from, ['/bin/busybox', 'sleep', '3600']),
  ];
  await run([...k, 'apply', '-f', '-'], { stdin: manifest.map((m) => JSON.stringify(m)).join('\n') });
  await run([...k, 'wait', '--for=condition=Ready', 'pod/e2e-web', 'pod/e2e-client', '--timeout=120s']);
  const ip = (await run([...k, 'get', 'pod', 'e2e-web', '-o', 'jsonpath={.status.podIP}'])).stdout.trim();
  const r = await run([...k, 'exec', 'e2e-client', '--', '/bin/busybox', 'sh', '-c', 'printf "GET / HTTP/1.0\\r\\n\\r\\n" | /bin/busybox nc -w 5 "$0" 8080', ip]);
  await run([...k, 'delete', 'pod', 'e2e-web', 'e2e-client', '--wait=false']);
  return r.stdout;
}

/** The flannel image of the artifacts: it carries busybox, enough for a web server and a client. */
export async function flannelImage(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const versions = JSON.parse(await readFile(join(artifactsDir(), 'versions.json'), 'utf8')) as { flannel: string };
  return `ghcr.io/flannel-io/flannel:${versions.flannel}`;
}
