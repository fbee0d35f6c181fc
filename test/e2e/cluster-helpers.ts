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

type PodList = {
  items: {
    metadata: { name: string };
    status: { phase: string; conditions?: { type: string; status: string }[]; containerStatuses?: { name: string; restartCount: number }[] };
  }[];
};

/** Restarts per pod, and the pods that are not Ready (a crash-looping pod can still report phase Running). */
async function podStates(kubeconfig: string, namespace: string): Promise<{ notReady: string[]; restarts: Map<string, number> }> {
  const pods = await kubectlJson<PodList>(kubeconfig, ['-n', namespace, 'get', 'pods']);
  const notReady: string[] = [];
  const restarts = new Map<string, number>();
  for (const p of pods.items) {
    if (!p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')) notReady.push(p.metadata.name);
    restarts.set(p.metadata.name, (p.status.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0));
  }
  return { notReady, restarts };
}

/**
 * Every pod of the namespace Ready, and no restart counter growing over `settleMs`: waits up to `timeoutMs`
 * for that, then names what is not so.
 */
export async function podsReadyAndStable(kubeconfig: string, namespace = 'kube-system', timeoutMs = 180_000, settleMs = 10_000): Promise<void> {
  await waitFor(
    `every ${namespace} pod Ready with no restarts growing over ${settleMs / 1000} s`,
    async () => {
      const first = await podStates(kubeconfig, namespace);
      if (first.notReady.length > 0) throw new Error(`not Ready: ${first.notReady.join(', ')}`);
      await new Promise((r) => setTimeout(r, settleMs));
      const second = await podStates(kubeconfig, namespace);
      if (second.notReady.length > 0) throw new Error(`not Ready: ${second.notReady.join(', ')}`);
      const growing = [...second.restarts].filter(([name, n]) => n > (first.restarts.get(name) ?? 0)).map(([name]) => name);
      if (growing.length > 0) throw new Error(`restarting: ${growing.join(', ')}`);
      return true;
    },
    timeoutMs,
    { intervalMs: 2000 },
  );
}

/** `member list` as etcdctl prints it with `-w simple`: how many started voters and how many learners. */
export function etcdVoters(memberList: string): { voters: number; learners: number; unstarted: number } {
  const rows = memberList.trim().split('\n').filter(Boolean).map((l) => l.split(', '));
  return {
    voters: rows.filter((r) => r[1] === 'started' && r[5] === 'false').length,
    learners: rows.filter((r) => r[5] === 'true').length,
    unstarted: rows.filter((r) => r[1] !== 'started').length,
  };
}
