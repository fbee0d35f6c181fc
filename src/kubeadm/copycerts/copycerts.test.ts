import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certificateKey, decodeCertificateKey, decrypt, encrypt } from './crypto.js';
import { decryptKubeadmCerts, downloadCerts, kubeadmCertsFiles, uploadCerts } from './copycerts.js';
import type { ClusterApi } from '../token/cluster-api.js';
import type { KubeObject } from '../token/objects.js';
import type { FileToWrite, Host } from '../../transport/host.js';
import { generatePrivateKey, privateKeyPem, publicKeyPem } from '../pki/keys.js';

function memoryHost(files: Map<string, Buffer>, writes: FileToWrite[][] = []): Host {
  return {
    name: 'mem',
    exec: async () => ({ code: 0, stdout: '', stderr: '', ms: 0 }),
    readFile: async (p) => files.get(p),
    writeFiles: async (f) => {
      writes.push([...f]);
    },
    close: async () => {},
  };
}

function fakeApi(): ClusterApi & { objects: Map<string, KubeObject> } {
  const objects = new Map<string, KubeObject>();
  const keyOf = (o: { kind: string; namespace?: string; name: string }) => `${o.kind}/${o.namespace ?? ''}/${o.name}`;
  let uid = 0;
  const store = (o: KubeObject) => {
    const stored = { ...o, metadata: { ...o.metadata, uid: `uid-${++uid}` } };
    objects.set(keyOf({ kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name }), stored);
    return stored;
  };
  return {
    objects,
    apply: async (o) => store(o),
    create: async (o) => store(o),
    get: async (ref) => objects.get(keyOf(ref)),
  };
}

test('AES-GCM round trip, layout and wrong key', () => {
  const key = decodeCertificateKey(certificateKey());
  const sealed = encrypt(Buffer.from('hello'), key);
  assert.equal(sealed.length, 12 + 5 + 16);
  assert.equal(decrypt(sealed, key).toString(), 'hello');
  assert.throws(() => decrypt(sealed, decodeCertificateKey(certificateKey())), /Unsupported state or unable to authenticate data/);
  assert.throws(() => decodeCertificateKey('abcd'), /^Error: the certificate key must be 64 hex characters$/);
});

test('upload then download: Secret layout, owner token, RBAC, modes; wrong key writes nothing', async () => {
  const key = await generatePrivateKey('ECDSA-P256');
  const files = new Map<string, Buffer>();
  for (const f of kubeadmCertsFiles('/pki')) files.set(f.path, Buffer.from(f.path.endsWith('.pub') ? publicKeyPem(key) : privateKeyPem(key)));
  files.set('/pki/ca.crt', Buffer.from((await import('node:fs')).readFileSync(new URL('../../../../src/kubeadm/pki/testdata/ca.crt', import.meta.url))));
  const api = fakeApi();
  const certKey = certificateKey();
  await uploadCerts(api, memoryHost(files), { certificatesDir: '/pki', certificateKey: certKey });
  const secret = api.objects.get('Secret/kube-system/kubeadm-certs')!;
  assert.deepEqual(Object.keys(secret['data'] as object).sort(), ['ca.crt', 'ca.key', 'etcd-ca.crt', 'etcd-ca.key', 'front-proxy-ca.crt', 'front-proxy-ca.key', 'sa.key', 'sa.pub']);
  const owner = [...api.objects.values()].find((o) => o.metadata.name.startsWith('bootstrap-token-'))!;
  const ownerData = owner['data'] as Record<string, string>;
  assert.equal(Buffer.from(ownerData['description']!, 'base64').toString(), 'Proxy for managing TTL for the kubeadm-certs secret');
  assert.ok(!Object.keys(ownerData).some((k) => k.startsWith('usage-') || k === 'auth-extra-groups'));
  assert.deepEqual(secret.metadata.ownerReferences, [{ apiVersion: 'v1', kind: 'Secret', name: owner.metadata.name, uid: owner.metadata['uid'] as string, controller: true, blockOwnerDeletion: true }]);
  assert.ok(api.objects.has('Role/kube-system/kubeadm:kubeadm-certs') && api.objects.has('RoleBinding/kube-system/kubeadm:kubeadm-certs'));

  const writes: FileToWrite[][] = [];
  await assert.rejects(downloadCerts(api, memoryHost(new Map(), writes), { certificatesDir: '/new', certificateKey: certificateKey() }), /cannot decrypt ca\.crt: wrong certificate key or corrupted data/);
  assert.equal(writes.length, 0);
  await downloadCerts(api, memoryHost(new Map(), writes), { certificatesDir: '/new', certificateKey: certKey });
  const modes = Object.fromEntries(writes[0]!.map((f) => [f.path, f.mode]));
  assert.equal(modes['/new/ca.crt'], 0o644);
  assert.equal(modes['/new/ca.key'], 0o600);
  assert.equal(modes['/new/sa.pub'], 0o644);
  assert.equal(modes['/new/etcd/ca.key'], 0o600);
  assert.equal(writes[0]!.find((f) => f.path === '/new/ca.crt')!.data?.toString(), files.get('/pki/ca.crt')!.toString());
});

test('external etcd keys', () => {
  const keys = kubeadmCertsFiles('/pki', { caFile: '/e/ca.crt', certFile: '/e/c.crt', keyFile: '/e/c.key' }).map((f) => f.dataKey);
  assert.deepEqual(keys.slice(-3), ['external-etcd-ca.crt', 'external-etcd.crt', 'external-etcd.key']);
  assert.ok(!keys.includes('etcd-ca.crt'));
  assert.throws(() => decryptKubeadmCerts({}, certificateKey(), kubeadmCertsFiles('/pki')), /required certificate or key - name: ca.crt/);
});
