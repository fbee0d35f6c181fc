import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { loadKubeadmConfig } from '../config/load.js';
import { argumentsToCommand } from './args.js';
import { controlPlanePods } from './control-plane.js';
import { etcdPod } from './etcd.js';
import { externalEtcdCertDirs } from './volumes.js';
import { manifestYaml, writeStaticPods } from './write.js';
const BASE = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.37.2
`;
const facts = { nodeName: 'cp2', advertiseAddress: '10.250.7.12', bindPort: 6443, existingCaCertDirs: [] };
test('extraArgs remove every default of that name and are appended in order, duplicates kept', () => {
    const out = argumentsToCommand([
        { name: 'b', value: '1' },
        { name: 'a', value: '2' },
        { name: 'c', value: '3' },
    ], [
        { name: 'c', value: 'x' },
        { name: 'v', value: '2' },
        { name: 'c', value: 'y' },
    ]);
    assert.deepEqual(out, ['--a=2', '--b=1', '--c=x', '--v=2', '--c=y']);
});
test('etcd join form lists every member and says the cluster exists', () => {
    const cfg = loadKubeadmConfig(BASE).cluster;
    const members = [
        { name: 'cp1', peerURL: 'https://10.250.7.11:2380' },
        { name: 'cp2', peerURL: 'https://10.250.7.12:2380' },
    ];
    const command = etcdPod(cfg, facts, members).spec.containers[0].command;
    assert.ok(command.includes('--initial-cluster=cp1=https://10.250.7.11:2380,cp2=https://10.250.7.12:2380'));
    assert.ok(command.includes('--initial-cluster-state=existing'));
    const init = etcdPod(cfg, facts).spec.containers[0].command;
    assert.ok(init.includes('--initial-cluster=cp2=https://10.250.7.12:2380'));
    assert.ok(!init.some((a) => a.startsWith('--initial-cluster-state')));
    assert.equal(etcdPod(cfg, facts).spec.containers[0].image, 'registry.k8s.io/etcd:3.7.0-0');
});
test('external etcd: apiserver gets the endpoints and the client files, etcdPod refuses', () => {
    const cfg = loadKubeadmConfig(`${BASE}etcd:
  external:
    endpoints: [https://10.250.7.21:2379, https://10.250.7.22:2379]
    caFile: /etc/etcd/ca.crt
    certFile: /etc/etcd/c.crt
    keyFile: /etc/etcd/c.key
`).cluster;
    const pods = controlPlanePods(cfg, facts);
    const cmd = pods['kube-apiserver'].spec.containers[0].command;
    assert.ok(cmd.includes('--etcd-servers=https://10.250.7.21:2379,https://10.250.7.22:2379'));
    assert.ok(cmd.includes('--etcd-certfile=/etc/etcd/c.crt'));
    assert.ok(pods['kube-apiserver'].spec.volumes.some((v) => v.name === 'etcd-certs-0' && v.hostPath.path === '/etc/etcd'));
    assert.throws(() => etcdPod(cfg, facts), /external/);
});
test('external etcd cert directories: parents absorb children, known dirs skipped', () => {
    assert.deepEqual(externalEtcdCertDirs({ endpoints: [], httpEndpoints: [], caFile: '/etc/a/b/ca.crt', certFile: '/etc/a/c.crt', keyFile: '/etc/ssl/certs/k.key' }, '/etc/kubernetes/pki'), ['/etc/a']);
});
test('host CA directories are mounted only when they exist', () => {
    const cfg = loadKubeadmConfig(BASE).cluster;
    const pods = controlPlanePods(cfg, { ...facts, existingCaCertDirs: ['/usr/share/ca-certificates'] });
    const names = pods['kube-apiserver'].spec.volumes.map((v) => v.name);
    assert.deepEqual(names, ['ca-certs', 'k8s-certs', 'usr-share-ca-certificates']);
    assert.deepEqual(pods['kube-scheduler'].spec.volumes.map((v) => v.name), ['kubeconfig']);
});
test('a release label cannot become an image tag', () => {
    const cfg = loadKubeadmConfig(BASE.replace('v1.37.2', 'stable-1')).cluster;
    assert.throws(() => controlPlanePods(cfg, facts), /release label/);
});
test('manifest YAML round-trips and files are written 0600 in a 0700 directory', async () => {
    const cfg = loadKubeadmConfig(BASE).cluster;
    const pod = etcdPod(cfg, facts);
    assert.deepEqual(parse(manifestYaml(pod)), JSON.parse(JSON.stringify(pod)));
    const calls = [];
    const written = [];
    const host = {
        name: 'fake',
        exec: async (argv, _o) => {
            calls.push(argv);
            return { code: 0, stdout: '', stderr: '', ms: 0 };
        },
        readFile: async () => undefined,
        writeFiles: async (files) => {
            written.push(...files);
        },
        close: async () => { },
    };
    await writeStaticPods(host, [pod]);
    assert.deepEqual(calls, [['install', '-d', '-m', '0700', '/etc/kubernetes/manifests']]);
    assert.equal(written[0].path, '/etc/kubernetes/manifests/etcd.yaml');
    assert.equal(written[0].mode, 0o600);
});
//# sourceMappingURL=manifests.test.js.map