// kubeha's PKI and kubeconfigs against the real kubeadm v1.37.2 binary, for the same inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { parse } from 'yaml';
import { run } from '../../src/util/process.js';
import { LocalHost } from '../../src/transport/local.js';
import { ensurePki } from '../../src/kubeadm/pki/pki.js';
import { pkiDefaults } from '../../src/kubeadm/pki/certlist.js';
import { ensureKubeconfigs } from '../../src/kubeadm/kubeconfig/kubeconfig.js';
import type { EncryptionAlgorithm } from '../../src/kubeadm/pki/keys.js';

import { KUBEADM, kubeadmConfig, kubehaInputs } from './pki-inputs.js';
import { requirePrerequisites } from './prerequisites.js';
import { PRIVATE_ETC_KUBERNETES } from './private-etc-kubernetes.js';

export { KUBEADM, kubeadmConfig, kubehaInputs };

const kubeconfigInputs = (certDir: string, kubeconfigDir: string, algorithm: EncryptionAlgorithm) => ({
  nodeName: 'cp1',
  advertiseAddress: '10.250.7.11',
  bindPort: 6443,
  controlPlaneEndpoint: 'lb.example.test:6443',
  clusterName: 'kubernetes',
  encryptionAlgorithm: algorithm,
  certificateValidityPeriod: pkiDefaults.certificateValidityPeriod,
  certificatesDir: certDir,
  kubeconfigDir,
});

async function files(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...(await files(join(dir, e.name), `${prefix}${e.name}/`)));
    else out.push(`${prefix}${e.name}`);
  }
  return out.sort();
}

/** Every non-random field, via openssl's text (extension order included) with serial/keys/signature/ids removed. */
async function shape(path: string): Promise<string> {
  const text = (await run(['openssl', 'x509', '-in', path, '-noout', '-text'])).stdout;
  const cert = new X509Certificate(await readFile(path));
  const span = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / 1000;
  return (
    text
      .split('\n')
      .filter((l) => !/^\s+([0-9a-f]{2}:)+[0-9a-f]{0,2}$/i.test(l))
      .filter((l) => !/Serial Number|Not Before|Not After|^\s+(Modulus|Exponent|pub):|^\s+ASN1 OID|^\s+NIST CURVE/.test(l))
      .join('\n') + `\nvalidity span: ${span}s`
  );
}

const prerequisites = (root = false) => requirePrerequisites({ root, tools: ['openssl'], files: [KUBEADM] });

for (const algorithm of ['RSA-2048', 'ECDSA-P256'] as const) {
  for (const externalEtcd of [false, true]) {
    test(`PKI agrees with kubeadm init phase certs all (${algorithm}, ${externalEtcd ? 'external' : 'stacked'} etcd)`, async (t) => {
      await prerequisites();
      const root = await mkdtemp(join(tmpdir(), 'kubeha-compat-'));
      t.after(() => rm(root, { recursive: true, force: true }));
      const theirs = join(root, 'kubeadm');
      const ours = join(root, 'kubeha');
      await writeFile(join(root, 'cfg.yaml'), kubeadmConfig({ certDir: theirs, algorithm, externalEtcd }));
      await run([KUBEADM, 'init', 'phase', 'certs', 'all', '--config', join(root, 'cfg.yaml')]);
      await ensurePki(new LocalHost(), kubehaInputs(ours, algorithm, externalEtcd));
      assert.deepEqual(await files(ours), await files(theirs));
      for (const f of (await files(theirs)).filter((n) => n.endsWith('.crt'))) {
        assert.equal(await shape(join(ours, f)), await shape(join(theirs, f)), f);
      }
      for (const f of (await files(theirs)).filter((n) => !n.endsWith('.crt'))) {
        const header = async (dir: string) => (await readFile(join(dir, f), 'utf8')).split('\n')[0];
        assert.equal(await header(ours), await header(theirs), f);
      }
    });
  }
}

test('real kubeadm reads and reuses kubeha files (check-expiration, certs all, kubeconfig all)', async (t) => {
  await prerequisites();
  const root = await mkdtemp(join(tmpdir(), 'kubeha-reuse-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const certDir = join(root, 'pki');
  const kubeconfigDir = join(root, 'kc');
  await writeFile(join(root, 'cfg.yaml'), kubeadmConfig({ certDir, algorithm: 'RSA-2048', externalEtcd: false }));
  await ensurePki(new LocalHost(), kubehaInputs(certDir, 'RSA-2048', false));
  await ensureKubeconfigs(new LocalHost(), kubeconfigInputs(certDir, kubeconfigDir, 'RSA-2048'));
  const snapshot = async () => {
    const out = new Map<string, Buffer>();
    for (const f of await files(root)) out.set(f, await readFile(join(root, f)));
    return out;
  };
  const before = await snapshot();
  const check = await run([KUBEADM, 'certs', 'check-expiration', '--cert-dir', certDir, '--config', join(root, 'cfg.yaml')], { allowFailure: true });
  for (const name of ['apiserver ', 'etcd-server', 'front-proxy-client', 'ca ']) assert.match(check.stdout, new RegExp(name), check.stdout + check.stderr);
  const certs = await run([KUBEADM, 'init', 'phase', 'certs', 'all', '--config', join(root, 'cfg.yaml')]);
  assert.doesNotMatch(certs.stdout, /Generating/);
  const kc = await run([KUBEADM, 'init', 'phase', 'kubeconfig', 'all', '--config', join(root, 'cfg.yaml'), '--kubeconfig-dir', kubeconfigDir]);
  assert.doesNotMatch(kc.stdout, /Writing/);
  const after = await snapshot();
  assert.deepEqual([...after.keys()], [...before.keys()]);
  for (const [f, data] of before) assert.ok(after.get(f)!.equals(data), `${f} changed`);
});

/** A kubeconfig with its client certificate and key replaced by what kubeadm fixes of them (not the random parts). */
function kubeconfigShape(text: string): unknown {
  const doc = parse(text) as { users?: { user: Record<string, string> }[] };
  for (const u of doc.users ?? []) {
    const pem = u.user['client-certificate-data'];
    if (pem !== undefined) {
      const cert = new X509Certificate(Buffer.from(pem, 'base64'));
      u.user['client-certificate-data'] = JSON.stringify({
        subject: cert.subject,
        issuer: cert.issuer,
        ca: cert.ca,
        usages: cert.keyUsage,
        key: cert.publicKey.asymmetricKeyType,
        // Both sides compute the validity from their own clock reading: a second apart at times.
        validityMinutes: Math.round((Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / 60_000),
      });
    }
    if (u.user['client-key-data'] !== undefined) u.user['client-key-data'] = Buffer.from(u.user['client-key-data'], 'base64').toString().split('\n')[0]!;
  }
  return doc;
}

test('kubeconfigs agree with kubeadm init phase kubeconfig all from the same PKI, field by field', async (t) => {
  await prerequisites();
  const root = await mkdtemp(join(tmpdir(), 'kubeha-kubeconfigs-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const certDir = join(root, 'pki');
  await writeFile(join(root, 'cfg.yaml'), kubeadmConfig({ certDir, algorithm: 'ECDSA-P256', externalEtcd: false }));
  await ensurePki(new LocalHost(), kubehaInputs(certDir, 'ECDSA-P256', false));
  await ensureKubeconfigs(new LocalHost(), kubeconfigInputs(certDir, join(root, 'kubeha'), 'ECDSA-P256'));
  await run([KUBEADM, 'init', 'phase', 'kubeconfig', 'all', '--config', join(root, 'cfg.yaml'), '--kubeconfig-dir', join(root, 'kubeadm')]);
  const names = await files(join(root, 'kubeadm'));
  assert.deepEqual(await files(join(root, 'kubeha')), names);
  assert.ok(names.includes('admin.conf') && names.includes('super-admin.conf'), names.join(', '));
  for (const f of names) {
    const [ours, theirs] = await Promise.all([readFile(join(root, 'kubeha', f), 'utf8'), readFile(join(root, 'kubeadm', f), 'utf8')]);
    assert.deepEqual(kubeconfigShape(ours), kubeconfigShape(theirs), f);
  }
});

// Both write /etc/kubernetes/manifests inside one private mount namespace with a tmpfs there: nothing on the machine changes.
const MANIFESTS_BOTH = `set -e; out=$1; cfg=$2; kubeadm=$3; node=$4; kubeha=$5
${PRIVATE_ETC_KUBERNETES}
"$kubeadm" init phase control-plane all --config "$cfg" >/dev/null
"$kubeadm" init phase etcd local --config "$cfg" >/dev/null
cp -r /etc/kubernetes/manifests "$out/kubeadm"; rm -rf /etc/kubernetes/manifests
"$node" "$kubeha" init phase control-plane all --config "$cfg" >/dev/null
"$node" "$kubeha" init phase etcd local --config "$cfg" >/dev/null
cp -r /etc/kubernetes/manifests "$out/kubeha"`;

test('kubeha init phase control-plane all / etcd local --config write what kubeadm writes', async (t) => {
  await prerequisites(true);
  const root = await mkdtemp(join(tmpdir(), 'kubeha-cli-manifests-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await writeFile(join(root, 'cfg.yaml'), kubeadmConfig({ certDir: join(root, 'pki'), algorithm: 'RSA-2048', externalEtcd: false }));
  const cli = new URL('../../../bin/kubeha.js', import.meta.url).pathname;
  await run(['unshare', '--mount', '--propagation', 'private', 'sh', '-c', MANIFESTS_BOTH, 'sh', root, join(root, 'cfg.yaml'), KUBEADM, process.execPath, cli], {
    doing: 'writing manifests with kubeadm and kubeha in a private mount namespace',
  });
  const names = await files(join(root, 'kubeadm'));
  assert.deepEqual(names, ['etcd.yaml', 'kube-apiserver.yaml', 'kube-controller-manager.yaml', 'kube-scheduler.yaml']);
  assert.deepEqual(await files(join(root, 'kubeha')), names);
  for (const n of names) assert.equal(await readFile(join(root, 'kubeha', n), 'utf8'), await readFile(join(root, 'kubeadm', n), 'utf8'), n);
});

// kubeadm reads the kubeconfig files of check-expiration from /etc/kubernetes (it has no flag for that directory):
// a tmpfs there in a private mount namespace, so nothing on the machine changes. With --config neither command asks
// a cluster for kubeadm-config; the kubeconfigs point at a loopback port nobody listens on all the same.
const EXPIRATION_BOTH = `set -e; out=$1; cfg=$2; kubeadm=$3; node=$4; main=$5
${PRIVATE_ETC_KUBERNETES}
cp -a "$out/kc/." /etc/kubernetes/
"$kubeadm" certs check-expiration --config "$cfg" >"$out/kubeadm.txt"
"$node" --input-type=module -e 'const { main } = await import(process.argv[1]); process.exitCode = await main(process.argv.slice(2));' "$main" certs check-expiration --config "$cfg" >"$out/kubeha.txt"`;

for (const { algorithm, externalEtcd, remove, shows } of [
  { algorithm: 'RSA-2048' as const, externalEtcd: false, remove: [], shows: /^etcd-peer .* etcd-ca {17}no {6}$/m },
  // An externally managed CA (no ca.key) and a !MISSING! kubeconfig.
  { algorithm: 'ECDSA-P256' as const, externalEtcd: true, remove: ['pki/ca.key', 'kc/super-admin.conf'], shows: /^!MISSING! super-admin\.conf {2,}$[^]*^ca .* yes {5}$/m },
]) {
  const what = `${algorithm}, ${externalEtcd ? 'external' : 'stacked'} etcd${remove.length ? `, without ${remove.join(' ')}` : ''}`;
  test(`kubeha certs check-expiration prints what kubeadm prints (${what})`, async (t) => {
    await prerequisites(true);
    const root = await mkdtemp(join(tmpdir(), 'kubeha-expiration-'));
    t.after(() => rm(root, { recursive: true, force: true }));
    const certDir = join(root, 'pki');
    await writeFile(join(root, 'cfg.yaml'), kubeadmConfig({ certDir, algorithm, externalEtcd }));
    await ensurePki(new LocalHost(), kubehaInputs(certDir, algorithm, externalEtcd));
    await ensureKubeconfigs(new LocalHost(), { ...kubeconfigInputs(certDir, join(root, 'kc'), algorithm), controlPlaneEndpoint: '', advertiseAddress: '127.0.0.1', bindPort: 1 });
    for (const f of remove) await rm(join(root, f));
    const main = new URL('../../src/cli/main.js', import.meta.url).pathname;
    await run(['unshare', '--mount', '--propagation', 'private', 'sh', '-c', EXPIRATION_BOTH, 'sh', root, join(root, 'cfg.yaml'), KUBEADM, process.execPath, main], {
      doing: 'running kubeadm and kubeha certs check-expiration in a private mount namespace',
    });
    const theirs = await readFile(join(root, 'kubeadm.txt'), 'utf8');
    assert.match(theirs, /^apiserver {2,}\w{3} \d\d, \d{4} \d\d:\d\d UTC {3}364d {12}ca {2,}(no|yes) {5,6}$/m);
    assert.match(theirs, shows);
    assert.equal(await readFile(join(root, 'kubeha.txt'), 'utf8'), theirs);
  });
}
