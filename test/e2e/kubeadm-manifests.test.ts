/**
 * kubeha's static pod manifests and config validation against the real kubeadm v1.37.2.
 * kubeadm writes to /etc/kubernetes/manifests, so it runs in a private mount namespace over a tmpfs (PRIVATE_ETC_KUBERNETES),
 * and in an empty network namespace so that nothing (e.g. a version lookup) leaves the machine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifactsDir } from '../../src/artifacts/layout.js';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { run } from '../../src/util/process.js';
import { loadKubeadmConfig } from '../../src/kubeadm/config/load.js';
import { CA_CERTS_EXTRA_DIRS, controlPlanePods, etcdPod, manifestYaml } from '../../src/kubeadm/manifests/index.js';
import { kubeadmConfigHeader } from './pki-inputs.js';
import { requirePrerequisites } from './prerequisites.js';
import { PRIVATE_ETC_KUBERNETES } from './private-etc-kubernetes.js';

const KUBEADM = join(artifactsDir(), 'bin', 'kubeadm');
const CLEAN_ENV = ['env', '-i', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
const prerequisites = () => requirePrerequisites({ root: true, tools: ['unshare', 'mount'], files: [KUBEADM] });

// Constant script; the kubeadm binary and the config path are positional arguments.
const PHASES_SCRIPT = `set -e
${PRIVATE_ETC_KUBERNETES}
"$1" init phase control-plane all --config "$2" >/dev/null
if [ "$3" = etcd ]; then "$1" init phase etcd local --config "$2" >/dev/null; fi
cd /etc/kubernetes/manifests
stat -c '#mode %n %a' . *.yaml
for f in *.yaml; do echo "---"; echo "# file $f"; cat "$f"; done`;

const VALIDATE_SCRIPT = `"$1" config validate --config "$2" 2>&1`;

async function kubeadmManifests(configPath: string, withEtcd: boolean) {
  const r = await run([...CLEAN_ENV, 'unshare', '--mount', '--net', '--propagation', 'private', 'sh', '-c', PHASES_SCRIPT, 'sh', KUBEADM, configPath, withEtcd ? 'etcd' : ''], {
    doing: 'running kubeadm init phases in a private mount namespace',
  });
  const modes = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const m = /^#mode (\S+) (\d+)$/.exec(line);
    if (m) modes.set(m[1]!, m[2]!);
  }
  const pods: Record<string, unknown> = {};
  for (const doc of parseAllDocuments(r.stdout.slice(r.stdout.indexOf('---')))) {
    const value = doc.toJS() as { metadata?: { name: string } } | null;
    if (value?.metadata) pods[value.metadata.name] = value;
  }
  return { pods, modes };
}

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubeha-manifests-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Case {
  name: string;
  config: (dir: string) => string;
  etcd: boolean;
}

const CASES: Case[] = [
  {
    name: 'stacked etcd, defaults',
    etcd: true,
    config: (dir) => `${kubeadmConfigHeader({ advertiseAddress: '10.250.7.11', certificatesDir: `${dir}/pki`, controlPlaneEndpoint: '10.250.7.10:6443' })}networking:
  podSubnet: 10.244.0.0/16
`,
  },
  {
    name: 'stacked etcd, extraArgs overriding and duplicating flags, volumes, envs, timeouts',
    etcd: true,
    config: (dir) => `${kubeadmConfigHeader({
      advertiseAddress: '10.250.7.12',
      bindPort: 7443,
      nodeName: 'cp2',
      init: 'timeouts:\n  controlPlaneComponentHealthCheck: 2m30s\n',
      certificatesDir: `${dir}/pki`,
    })}clusterName: lab
imageRepository: registry.example.test/k8s
networking:
  serviceSubnet: 10.112.0.0/16
  podSubnet: 10.200.0.0/16
  dnsDomain: lab.internal
etcd:
  local:
    dataDir: ${dir}/etcd-data
    imageTag: 3.6.9-0
    extraArgs:
    - {name: snapshot-count, value: "5000"}
    - {name: listen-metrics-urls, value: "http://0.0.0.0:2382"}
    - {name: advertise-client-urls, value: "https://10.250.7.12:2379"}
    - {name: log-level, value: debug}
    - {name: log-level, value: info}
    extraEnvs:
    - {name: ETCD_UNSUPPORTED_ARCH, value: arm64}
apiServer:
  extraArgs:
  - {name: enable-admission-plugins, value: "NodeRestriction,PodSecurity"}
  - {name: tls-cipher-suites, value: TLS_AES_128_GCM_SHA256}
  - {name: audit-log-path, value: /var/log/a.log}
  - {name: audit-log-path, value: /var/log/b.log}
  - {name: authorization-mode, value: "Node,RBAC,Webhook"}
  extraVolumes:
  - {name: audit, hostPath: /var/log/kubernetes, mountPath: /var/log/kubernetes, pathType: DirectoryOrCreate}
  - {name: ca-certs, hostPath: /etc/custom-certs, mountPath: /etc/ssl/certs, readOnly: true}
  extraEnvs:
  - {name: GODEBUG, value: "x509sha1=1"}
controllerManager:
  extraArgs:
  - {name: bind-address, value: 0.0.0.0}
  - {name: node-cidr-mask-size-ipv4, value: "26"}
  - {name: controllers, value: "*,tokencleaner"}
scheduler:
  extraArgs:
  - {name: bind-address, value: 10.250.7.12}
  - {name: v, value: "2"}
  - {name: v, value: "4"}
  extraVolumes:
  - {name: sched-config, hostPath: /etc/kubernetes/sched.yaml, mountPath: /etc/kubernetes/sched.yaml, readOnly: true, pathType: File}
`,
  },
  {
    name: 'external etcd with client certificates outside the pki directory',
    etcd: false,
    config: (dir) => `${kubeadmConfigHeader({ advertiseAddress: '10.250.7.13', nodeName: 'cp3', certificatesDir: `${dir}/pki`, controlPlaneEndpoint: 'cp.lab.test:6443' })}etcd:
  external:
    endpoints:
    - https://10.250.7.21:2379
    - https://10.250.7.22:2379
    - https://10.250.7.23:2379
    caFile: /etc/etcd-client/ca.crt
    certFile: /etc/etcd-client/tls/client.crt
    keyFile: /srv/keys/client.key
`,
  },
  {
    name: 'stacked etcd over IPv6',
    etcd: true,
    config: (dir) => `${kubeadmConfigHeader({ advertiseAddress: 'fd00:250:7::11', nodeName: 'cp6', certificatesDir: `${dir}/pki` })}networking:
  serviceSubnet: fd00:96::/108
  podSubnet: fd00:244::/56
`,
  },
];

for (const c of CASES) {
  test(`manifests match kubeadm: ${c.name}`, async (t) => {
    await prerequisites();
    const dir = tempDir(t);
    const text = c.config(dir);
    const configPath = join(dir, 'kubeadm.yaml');
    writeFileSync(configPath, text);
    const real = await kubeadmManifests(configPath, c.etcd);

    const cfg = loadKubeadmConfig(text);
    const init = cfg.init!;
    const facts = {
      nodeName: init.nodeRegistration.name!,
      advertiseAddress: init.localAPIEndpoint.advertiseAddress!,
      bindPort: init.localAPIEndpoint.bindPort,
      existingCaCertDirs: CA_CERTS_EXTRA_DIRS.filter((d) => existsSync(d)),
      controlPlaneComponentHealthCheck: init.timeouts.controlPlaneComponentHealthCheck,
    };
    const ours: Record<string, unknown> = { ...controlPlanePods(cfg.cluster!, facts) };
    if (c.etcd) ours['etcd'] = etcdPod(cfg.cluster!, facts);

    assert.deepEqual(Object.keys(ours).sort(), Object.keys(real.pods).sort());
    for (const [name, pod] of Object.entries(ours)) {
      // Through YAML and back, as a kubelet would read either file.
      const oursParsed: unknown = parse(manifestYaml(pod as never));
      const realPod = real.pods[name] as { spec: { containers: Array<{ command: string[] }> } };
      const oursPod = oursParsed as typeof realPod;
      assert.deepEqual(oursPod.spec.containers[0]!.command, realPod.spec.containers[0]!.command, `${name}: flags differ`);
      assert.deepEqual(oursParsed, realPod, `${name}: manifest differs`);
      assert.equal(real.modes.get(`${name}.yaml`), '600');
    }
    assert.equal(real.modes.get('.'), '700');
  });
}

// The corpus of invalid configs: kubeha must reject each at the expected paths (unit test); here we also
// record whether the real kubeadm rejects it, and check that against the README's table.
const CORPUS = join(process.cwd(), 'test/fixtures/invalid-configs');

test('invalid-config corpus: kubeadm agreement matches the README table', async (t) => {
  await prerequisites();
  const dir = tempDir(t);
  const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
  const documented = new Map<string, string>();
  for (const line of readme.split('\n')) {
    const m = /^\|\s*`([\w-]+)`\s*\|\s*(rejects|accepts)\s*\|/.exec(line);
    if (m) documented.set(m[1]!, m[2]!);
  }
  const observed: string[] = [];
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.yaml')).sort();
  assert.ok(files.length >= 30, `corpus has ${files.length} cases`);
  for (const file of files) {
    const name = file.replace(/\.yaml$/, '');
    const text = readFileSync(join(CORPUS, file), 'utf8').replaceAll('@TMP@', dir);
    const path = join(dir, file);
    writeFileSync(path, text);
    const r = await run([...CLEAN_ENV, 'unshare', '--net', 'sh', '-c', VALIDATE_SCRIPT, 'sh', KUBEADM, path], { allowFailure: true, timeoutMs: 60_000 });
    const verdict = r.code === 0 ? 'accepts' : 'rejects';
    observed.push(`${name}: kubeadm ${verdict}${r.code === 0 ? '' : ` (${r.stdout.trim().split('\n').pop()})`}`);
    t.diagnostic(observed[observed.length - 1]!);
    assert.equal(verdict, documented.get(name), `${name}: kubeadm ${verdict}, README says ${documented.get(name) ?? 'nothing'}`);
  }
});
