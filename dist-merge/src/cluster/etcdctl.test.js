import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CommandError, PreconditionError } from '../errors.js';
import { etcdctl, etcdctlArgv, etcdctlContainerId } from './etcdctl.js';
const cluster = { certificatesDir: '/etc/kubernetes/pki', imageRepository: 'registry.k8s.io', kubernetesVersion: 'v1.37.2', etcd: { local: { dataDir: '/var/lib/etcd', extraArgs: [], extraEnvs: [], serverCertSANs: [], peerCertSANs: [] } } };
const IMAGE = 'registry.k8s.io/etcd:3.7.0-0';
test('etcdctlArgv: the etcd image\'s etcdctl through ctr, host network, the etcd certificates bound read-only', () => {
    assert.deepEqual(etcdctlArgv(cluster, ['https://10.0.0.11:2379', 'https://10.0.0.12:2379'], ['member', 'list', '-w', 'simple'], { id: 'kubeha-etcdctl-0123456789ab', timeoutSeconds: 30 }), [
        'timeout', '--signal=KILL', '30',
        'ctr', '-n', 'k8s.io', 'run', '--rm', '--net-host',
        '--mount', 'type=bind,src=/etc/kubernetes/pki/etcd,dst=/etc/kubernetes/pki/etcd,options=rbind:ro',
        IMAGE,
        'kubeha-etcdctl-0123456789ab',
        '/usr/local/bin/etcdctl',
        '--endpoints=https://10.0.0.11:2379,https://10.0.0.12:2379',
        '--cacert=/etc/kubernetes/pki/etcd/ca.crt',
        '--cert=/etc/kubernetes/pki/etcd/healthcheck-client.crt',
        '--key=/etc/kubernetes/pki/etcd/healthcheck-client.key',
        '--dial-timeout=5s',
        '--command-timeout=15s',
        'member', 'list', '-w', 'simple',
    ]);
});
test('etcdctlArgv: the image the etcd static pod runs (etcd.local image settings, certificatesDir), timeouts given', () => {
    const custom = {
        ...cluster,
        certificatesDir: '/srv/pki',
        imageRepository: 'mirror.example:5000/k8s',
        etcd: { local: { ...cluster.etcd.local, imageRepository: 'etcd.example/etcd-mirror', imageTag: '3.7.0-1' } },
    };
    const argv = etcdctlArgv(custom, ['https://127.0.0.1:2379'], ['endpoint', 'health'], { id: 'x', timeoutSeconds: 30, dialTimeout: '3s', commandTimeout: '5s' });
    assert.equal(argv[11], 'etcd.example/etcd-mirror/etcd:3.7.0-1');
    assert.equal(argv[10], 'type=bind,src=/srv/pki/etcd,dst=/srv/pki/etcd,options=rbind:ro');
    assert.deepEqual(argv.slice(-4), ['--dial-timeout=3s', '--command-timeout=5s', 'endpoint', 'health']);
    // External etcd hosts: no etcd.local image settings, the cluster's imageRepository.
    assert.equal(etcdctlArgv({ ...cluster, imageRepository: 'r.example', etcd: {} }, [], [], { id: 'x', timeoutSeconds: 30 })[11], 'r.example/etcd:3.7.0-0');
});
test('etcdctlContainerId: a fresh id per call', () => {
    const ids = new Set(Array.from({ length: 50 }, () => etcdctlContainerId()));
    assert.equal(ids.size, 50);
    for (const id of ids)
        assert.match(id, /^kubeha-etcdctl-[0-9a-f]{12}$/);
});
function scriptedHost(results) {
    const ran = [];
    return {
        name: 'cp2',
        ran,
        exec: async (argv, options) => {
            ran.push({ argv: [...argv], options });
            return { ...(results.shift() ?? { code: 0, stdout: '', stderr: '' }), ms: 1 };
        },
        readFile: async () => undefined,
        writeFiles: async () => { },
        close: async () => { },
    };
}
test('etcdctl: an image missing from containerd is named, with the host, whatever allowFailure says', async () => {
    const host = scriptedHost([{ code: 1, stdout: '', stderr: `ctr: image "${IMAGE}": not found\n` }]);
    const err = await etcdctl(host, cluster, ['https://10.0.0.11:2379'], ['endpoint', 'health'], { allowFailure: true, doing: 'checking etcd' }).catch((e) => e);
    assert.ok(err instanceof PreconditionError);
    assert.equal(err.context.host, 'cp2');
    assert.equal(err.context.doing, 'checking etcd');
    assert.match(err.message, /^the etcd image registry\.k8s\.io\/etcd:3\.7\.0-0 is not in containerd's k8s\.io namespace on cp2/);
});
test('etcdctl: a failure is a CommandError unless allowed; a killed call has its container removed by id', async () => {
    const failing = scriptedHost([{ code: 1, stdout: '', stderr: 'Error: context deadline exceeded\n' }]);
    const err = await etcdctl(failing, cluster, ['https://10.0.0.11:2379'], ['member', 'list'], { doing: 'listing the etcd members' }).catch((e) => e);
    assert.ok(err instanceof CommandError);
    assert.equal(err.context.host, 'cp2');
    assert.deepEqual(err.context.command.slice(0, 4), ['timeout', '--signal=KILL', '30', 'ctr']);
    assert.match(err.context.output, /context deadline exceeded/);
    // Killed on the host by `timeout` (137): the container it leaves is removed by its id.
    const killed = scriptedHost([{ code: 137, stdout: '', stderr: '' }]);
    const r = await etcdctl(killed, cluster, ['https://10.0.0.11:2379'], ['endpoint', 'health'], { allowFailure: true, timeoutMs: 1500 });
    assert.equal(r.code, 137);
    assert.deepEqual(killed.ran[0].argv.slice(0, 3), ['timeout', '--signal=KILL', '2']);
    const id = killed.ran[0].argv[12];
    assert.match(id, /^kubeha-etcdctl-/);
    assert.equal(killed.ran[0].options?.timeoutMs, 11_500);
    assert.deepEqual(killed.ran.slice(1).map((c) => c.argv), [
        ['ctr', '-n', 'k8s.io', 'tasks', 'delete', '--force', id],
        ['ctr', '-n', 'k8s.io', 'containers', 'delete', id],
    ]);
});
//# sourceMappingURL=etcdctl.test.js.map