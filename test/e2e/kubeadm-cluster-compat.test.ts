// kubeha's API-side kubeadm work against a real etcd + kube-apiserver + kube-controller-manager (run as processes on
// 127.0.0.1 by control-plane-processes.ts) and the real kubeadm v1.37.2 binary: bootstrap tokens, cluster-info
// signed by the controller-manager, kubeadm-certs both ways (stacked and external etcd), the join command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from '../../src/util/process.js';
import { waitFor } from '../../src/util/wait.js';
import { LocalHost } from '../../src/transport/local.js';
import { loadKubeadmConfig, toKubeYaml, type ClusterConfiguration } from '../../src/kubeadm/config/index.js';
import { downloadCerts, kubeadmCertsFiles } from '../../src/kubeadm/copycerts/copycerts.js';
import { certificateKey } from '../../src/kubeadm/copycerts/crypto.js';
import { verifyClusterInfo } from '../../src/kubeadm/discovery/discovery.js';
import { caCertHash } from '../../src/kubeadm/discovery/pin.js';
import { clusterInfoConfigMap, JWS_KEY_PREFIX } from '../../src/kubeadm/token/cluster-info.js';
import { bootstrapTokenRbac } from '../../src/kubeadm/token/objects.js';
import { parseToken } from '../../src/kubeadm/token/token.js';
import { getClusterInfo } from '../../src/engines/native/api.js';
import { kubeadmConfigObjects, kubeletConfigObjects } from '../../src/engines/native/cluster-objects.js';
import { kubeletConfiguration } from '../../src/engines/native/kubelet-files.js';
import { requirePrerequisites } from './prerequisites.js';
import { PRIVATE_ETC_KUBERNETES } from './private-etc-kubernetes.js';
import { KUBEHA_CLI, startControlPlane, ARTIFACT_BIN, type ControlPlaneProcesses } from './control-plane-processes.js';

const KUBEADM = join(ARTIFACT_BIN, 'kubeadm');

const kubeha = async (args: readonly string[]) => (await run([process.execPath, KUBEHA_CLI, ...args], { doing: `kubeha ${args.slice(0, 3).join(' ')}` })).stdout;
// A documentation address (TEST-NET-2) for the fields kubeadm requires but these phases never connect to.
const UNCONTACTED_ADDRESS = '198.51.100.10';
const TOKEN_RE = /[a-z0-9]{6}\.[a-z0-9]{16}/g;

// kubeadm runs in a private mount namespace with a tmpfs over /etc/kubernetes: nothing on the machine changes.
const IN_PRIVATE_ETC_KUBERNETES = `set -e; out=$1; shift
${PRIVATE_ETC_KUBERNETES}
"$@"; cp -a /etc/kubernetes/pki/. "$out"/`;

/** The data keys of kubeadm-certs and where kubeadm's join writes each under /etc/kubernetes/pki. */
function sharedFiles(external: boolean): { dataKey: string; rel: string }[] {
  const files = kubeadmCertsFiles('/p', external ? { caFile: '/p/etcd/ca.crt', certFile: '/p/apiserver-etcd-client.crt', keyFile: '/p/apiserver-etcd-client.key' } : undefined);
  return files.map((f) => ({ dataKey: f.dataKey, rel: f.path.slice('/p/'.length) }));
}

/** The harness's ClusterConfiguration with kubeadm's node paths, as stored in the cluster's kubeadm-config. */
function storedClusterConfig(cp: ControlPlaneProcesses, external: boolean): ClusterConfiguration {
  const cfg = loadKubeadmConfig(cp.configText).cluster!;
  const pki = '/etc/kubernetes/pki';
  return {
    ...cfg,
    certificatesDir: pki,
    etcd: external
      ? { external: { endpoints: ['https://127.0.0.1:2379'], httpEndpoints: [], caFile: `${pki}/etcd/ca.crt`, certFile: `${pki}/apiserver-etcd-client.crt`, keyFile: `${pki}/apiserver-etcd-client.key` } }
      : { local: { ...cfg.etcd.local!, dataDir: '/var/lib/etcd', extraArgs: [] } },
    apiServer: { ...cfg.apiServer, extraArgs: [] },
    controllerManager: { ...cfg.controllerManager, extraArgs: [] },
  };
}

/** A kubeadm config for the harness's files: stacked, or external etcd pointing at the harness's etcd client files. */
function initConfigText(cp: ControlPlaneProcesses, key: string, external: boolean): string {
  const docs = cp.configText.split('---\n');
  let cluster = docs[1]!;
  if (external) {
    cluster = cluster.replace(/etcd:\n(  .*\n|    .*\n)*/, '') +
      `etcd:\n  external:\n    endpoints: ["https://127.0.0.1:2379"]\n    caFile: ${cp.certDir}/etcd/ca.crt\n    certFile: ${cp.certDir}/apiserver-etcd-client.crt\n    keyFile: ${cp.certDir}/apiserver-etcd-client.key\n`;
  }
  // kubeadm refuses a loopback advertise address; upload-certs never contacts it (it uses --kubeconfig's server).
  const init = docs[0]!.replace('advertiseAddress: 127.0.0.1', `advertiseAddress: ${UNCONTACTED_ADDRESS}`);
  return `${init}certificateKey: "${key}"\n---\n${cluster}`;
}

test('kubeha against a real kube-apiserver, kube-controller-manager and kubeadm', { timeout: 600_000 }, async (t) => {
  await requirePrerequisites({ root: true, files: [join(ARTIFACT_BIN, 'kube-apiserver'), join(ARTIFACT_BIN, 'kube-controller-manager'), join(ARTIFACT_BIN, 'etcd'), join(ARTIFACT_BIN, 'kubectl'), KUBEADM] });
  const started = Date.now();
  const cp = await startControlPlane();
  t.after(() => cp.stop());
  t.diagnostic(`control plane up in ${Date.now() - started} ms`);
  const ca = await readFile(join(cp.certDir, 'ca.crt'), 'utf8');
  const pin = caCertHash(ca);

  await t.test('the apiserver accepts kubeha certificates and admin.conf', async () => {
    const who = await cp.kubectl(['auth', 'whoami', '-o', 'jsonpath={.status.userInfo.username} {.status.userInfo.groups}']);
    assert.equal(who.stdout, 'kubernetes-admin ["kubeadm:cluster-admins","system:authenticated"]');
    await cp.kubectl(['get', 'namespaces']);
  });

  // kubeadm init's bootstrap-token phase objects, so tokens can discover and read what joins need.
  await cp.admin.apply(clusterInfoConfigMap(cp.server, ca));
  for (const object of bootstrapTokenRbac()) await cp.admin.apply(object);

  let token = '';
  await t.test('kubeha token create/list/delete; the token authenticates as system:bootstrap:<id>', async () => {
    token = (await kubeha(['token', 'create', '--kubeconfig', cp.adminKubeconfig, '--description', 'e2e'])).trim();
    const { id } = parseToken(token);
    const who = await run([join(ARTIFACT_BIN, 'kubectl'), '--kubeconfig', '/dev/null', '--server', cp.server, '--certificate-authority', join(cp.certDir, 'ca.crt'), '--token', token,
      'auth', 'whoami', '-o', 'jsonpath={.status.userInfo.username} {.status.userInfo.groups}']);
    assert.equal(who.stdout, `system:bootstrap:${id} ["system:bootstrappers","system:bootstrappers:kubeadm:default-node-token","system:authenticated"]`);
    const list = await kubeha(['token', 'list', '--kubeconfig', cp.adminKubeconfig]);
    assert.match(list, new RegExp(`^${token.replace('.', '\\.')}\\s+23h\\s+\\S+Z\\s+authentication,signing\\s+e2e\\s+system:bootstrappers:kubeadm:default-node-token$`, 'm'));
    const doomed = (await kubeha(['token', 'create', '--kubeconfig', cp.adminKubeconfig, '--ttl', '0'])).trim();
    assert.match(await kubeha(['token', 'list', '--kubeconfig', cp.adminKubeconfig]), new RegExp(`${doomed.replace('.', '\\.')}\\s+<forever>`));
    assert.equal(await kubeha(['token', 'delete', '--kubeconfig', cp.adminKubeconfig, doomed]), `bootstrap token "${parseToken(doomed).id}" deleted\n`);
    assert.doesNotMatch(await kubeha(['token', 'list', '--kubeconfig', cp.adminKubeconfig]), new RegExp(parseToken(doomed).id));
  });

  await t.test("cluster-info: the controller-manager's JWS and the CA pin verify; tampering and a wrong pin are refused", async () => {
    const { id, secret } = parseToken(token);
    const data = await waitFor('the bootstrap signer to sign cluster-info', async () => {
      const d = await getClusterInfo(cp.server);
      return d?.[`${JWS_KEY_PREFIX}${id}`] ? d : undefined;
    }, 60_000, { intervalMs: 500 });
    const found = verifyClusterInfo(data, { token: { id, secret }, caCertHashes: [pin] });
    assert.equal(found.server, cp.server);
    assert.equal(found.caPem, ca);
    const tampered = { ...data, kubeconfig: data['kubeconfig']!.replace(cp.server, 'https://127.0.0.1:1') };
    assert.throws(() => verifyClusterInfo(tampered, { token: { id, secret }, caCertHashes: [pin] }), /JWS signature/);
    assert.throws(() => verifyClusterInfo(data, { token: { id, secret }, caCertHashes: [`sha256:${'0'.repeat(64)}`] }), /none of the public keys match/);
    assert.throws(() => verifyClusterInfo(data, { token: { id, secret: 'x'.repeat(16) }, caCertHashes: [pin] }), /JWS signature/);
  });

  await t.test('token create --print-join-command: same text as real kubeadm (token aside)', async () => {
    const key = certificateKey();
    for (const extra of [[], ['--certificate-key', key]]) {
      const ours = await kubeha(['token', 'create', '--print-join-command', '--kubeconfig', cp.adminKubeconfig, ...extra]);
      const theirs = (await run([KUBEADM, 'token', 'create', '--print-join-command', '--kubeconfig', cp.adminKubeconfig, ...extra])).stdout;
      assert.equal(ours.replace(TOKEN_RE, 'TOKEN'), theirs.replace(TOKEN_RE, 'TOKEN'));
      assert.ok(ours.includes(pin));
    }
  });

  for (const external of [false, true]) {
    const topology = external ? 'external' : 'stacked';
    await t.test(`${topology} etcd: kubeha init phase upload-certs is read by real kubeadm join download-certs, byte for byte`, async (st) => {
      const work = await mkdtemp(join(tmpdir(), 'kubeha-dl-'));
      st.after(() => rm(work, { recursive: true, force: true }));
      // What kubeadm init's upload-config phase leaves for joins: kubeadm-config and kubelet-config, with their RBAC.
      const stored = storedClusterConfig(cp, external);
      for (const object of [...kubeadmConfigObjects(stored), ...kubeletConfigObjects(toKubeYaml(kubeletConfiguration({}, stored)), false)]) await cp.admin.apply(object);
      const key = certificateKey();
      await writeFile(join(work, 'init.yaml'), initConfigText(cp, key, external), { mode: 0o600 });
      const upload = await kubeha(['init', 'phase', 'upload-certs', '--upload-certs', '--config', join(work, 'init.yaml'), '--kubeconfig', cp.adminKubeconfig]);
      assert.ok(upload.endsWith(`[upload-certs] Using certificate key:\n${key}\n`));
      await writeFile(
        join(work, 'join.yaml'),
        `apiVersion: kubeadm.k8s.io/v1beta4
kind: JoinConfiguration
discovery:
  bootstrapToken:
    apiServerEndpoint: 127.0.0.1:${cp.apiPort}
    token: ${token}
    caCertHashes: ["${pin}"]
nodeRegistration:
  name: cp2
controlPlane:
  localAPIEndpoint:
    advertiseAddress: ${UNCONTACTED_ADDRESS}
    bindPort: 6443
  certificateKey: "${key}"
`,
        { mode: 0o600 },
      );
      const out = join(work, 'out');
      await run(['mkdir', '-p', out]);
      await run(['unshare', '--mount', '--propagation', 'private', 'sh', '-c', IN_PRIVATE_ETC_KUBERNETES, 'sh', out, KUBEADM, 'join', 'phase', 'control-plane-prepare', 'download-certs', '--config', join(work, 'join.yaml')], {
        doing: 'kubeadm join phase control-plane-prepare download-certs',
        timeoutMs: 120_000,
        allowFailure: true,
      }).then((r) => assert.equal(r.code, 0, r.stdout + r.stderr));
      for (const f of sharedFiles(external)) {
        const mine = await readFile(join(cp.certDir, f.rel));
        assert.ok((await readFile(join(out, f.rel))).equals(mine), `${f.dataKey} differs`);
      }
    });

    await t.test(`${topology} etcd: real kubeadm init phase upload-certs is decrypted by kubeha, byte for byte`, async (st) => {
      const work = await mkdtemp(join(tmpdir(), 'kubeha-ul-'));
      st.after(() => rm(work, { recursive: true, force: true }));
      const key = certificateKey();
      await writeFile(join(work, 'init.yaml'), initConfigText(cp, key, external), { mode: 0o600 });
      await run([KUBEADM, 'init', 'phase', 'upload-certs', '--upload-certs', '--config', join(work, 'init.yaml'), '--kubeconfig', cp.adminKubeconfig], {
        doing: 'kubeadm init phase upload-certs',
        timeoutMs: 120_000,
        allowFailure: true,
      }).then((r) => assert.equal(r.code, 0, r.stdout + r.stderr));
      const dest = join(work, 'pki');
      const externalFiles = external ? { caFile: join(dest, 'etcd/ca.crt'), certFile: join(dest, 'apiserver-etcd-client.crt'), keyFile: join(dest, 'apiserver-etcd-client.key') } : undefined;
      const written = await downloadCerts(cp.admin, new LocalHost(), { certificatesDir: dest, certificateKey: key, ...(externalFiles ? { externalEtcd: externalFiles } : {}) });
      assert.equal(written.length, sharedFiles(external).length);
      for (const f of sharedFiles(external)) {
        assert.ok((await readFile(join(dest, f.rel))).equals(await readFile(join(cp.certDir, f.rel))), `${f.dataKey} differs`);
      }
      const secret = parse(JSON.stringify(await cp.admin.get({ apiVersion: 'v1', kind: 'Secret', namespace: 'kube-system', name: 'kubeadm-certs' }))) as { data: Record<string, string> };
      assert.deepEqual(Object.keys(secret.data).sort(), sharedFiles(external).map((f) => f.dataKey).sort());
    });
  }
});
