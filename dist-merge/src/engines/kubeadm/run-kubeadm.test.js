import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kubeadmFailure, runKubeadm } from './run-kubeadm.js';
// stderr of a failed preflight as kubeadm v1.37.2 printed it in the lab (a stray /etc/kubernetes/pki/ca.crt).
const PREFLIGHT_STDERR = `\u001b[0;37mCGROUPS_PIDS\u001b[0m: \u001b[0;32menabled\u001b[0m
\t[WARNING SystemVerification]: cgroups v1 support is deprecated and will be removed in a future release.
[preflight] Some fatal errors occurred:
\t[ERROR FileAvailable--etc-kubernetes-pki-ca.crt]: /etc/kubernetes/pki/ca.crt already exists
[preflight] If you know what you are doing, you can make a check non-fatal with \`--ignore-preflight-errors=...\`
error: error execution phase preflight: preflight checks failed
To see the stack trace of this error execute with --v=5 or higher
`;
test('kubeadmFailure names the failed workflow phase and the fatal checks, without the stack-trace hint', () => {
    const f = kubeadmFailure('[preflight] Running pre-flight checks\n', PREFLIGHT_STDERR);
    assert.equal(f.phase, 'preflight');
    assert.equal(f.reason, 'preflight checks failed: [ERROR FileAvailable--etc-kubernetes-pki-ca.crt]: /etc/kubernetes/pki/ca.crt already exists');
});
test('kubeadmFailure reads nested phases, and errors outside the workflow', () => {
    assert.equal(kubeadmFailure('', 'error: error execution phase control-plane-prepare/download-certs: error downloading certs: the Secret does not include the required certificate or key\n').phase, 'control-plane-prepare/download-certs');
    const plain = kubeadmFailure('', 'error: unable to read config from "/etc/kubeha/x.yaml"\nTo see the stack trace of this error execute with --v=5 or higher\n');
    assert.equal(plain.phase, undefined);
    assert.equal(plain.reason, 'unable to read config from "/etc/kubeha/x.yaml"');
});
test('kubeadmFailure falls back to the last stage kubeadm announced (a run killed by the timeout)', () => {
    const f = kubeadmFailure('[certs] Using existing ca\n[kubelet-start] Starting the kubelet\n[wait-control-plane] Waiting for the kubelet to boot up\n', '');
    assert.deepEqual(f, { lastStage: 'wait-control-plane' });
});
function fakeHost(result) {
    const written = [];
    const ran = [];
    return {
        name: 'cp2',
        written,
        ran,
        exec: async (argv) => {
            ran.push([...argv]);
            return { ...result, ms: 1200 };
        },
        readFile: async () => undefined,
        writeFiles: async (files) => {
            written.push(...files);
        },
        close: async () => { },
    };
}
test('runKubeadm: a failure becomes an error naming host, command and phase; the whole output is kept 0600, without secrets', async () => {
    const token = 'abcdef.0123456789abcdef';
    const key = 'a'.repeat(64);
    const host = fakeHost({ code: 1, stdout: `[preflight] Running pre-flight checks\nkubeadm join x --token ${token} --certificate-key ${key}\n`, stderr: PREFLIGHT_STDERR });
    const err = await runKubeadm(host, ['join', '--config', '/etc/kubeha/kubeadm-join.yaml'], 'kubeadm join --control-plane').then(() => assert.fail('expected a failure'), (e) => e);
    assert.equal(err.context.host, 'cp2');
    assert.equal(err.context.doing, 'kubeadm join --control-plane');
    assert.match(err.message, /^kubeadm join exited with code 1 in phase preflight: preflight checks failed: \[ERROR FileAvailable--etc-kubernetes-pki-ca\.crt\]/);
    assert.doesNotMatch(err.context.output, /\u001b/);
    assert.match(err.message, /whole output in \/var\/log\/kubeha\/kubeadm-join\.log/);
    assert.deepEqual(host.written.map((f) => [f.path, f.mode]), [['/var/log/kubeha/kubeadm-join.log', 0o600]]);
    for (const text of [String(host.written[0].data), err.context.output, err.message]) {
        assert.ok(!text.includes(token) && !text.includes(key), text);
    }
});
test('runKubeadm: the log is named after the subcommand, never after an argument such as a token', async () => {
    const host = fakeHost({ code: 0, stdout: 'abcdef.0123456789abcdef\n', stderr: '' });
    await runKubeadm(host, ['token', 'create', 'abcdef.0123456789abcdef', '--ttl', '24h'], 'creating a bootstrap token');
    assert.equal(host.written[0].path, '/var/log/kubeha/kubeadm-token-create.log');
    assert.ok(!String(host.written[0].data).includes('0123456789abcdef'));
});
test('runKubeadm: the parts of one join keep their own logs; a phase run is named after its phase', async () => {
    const host = fakeHost({ code: 0, stdout: '[etcd] Announced new etcd member joining to the existing etcd cluster\n', stderr: '' });
    await runKubeadm(host, ['join', '--config', '/etc/kubeha/kubeadm-join.yaml', '--skip-phases', 'etcd-join'], 'kubeadm join --control-plane', { log: 'join-until-kubelet-start' });
    await runKubeadm(host, ['join', 'phase', 'etcd-join', '--config', '/etc/kubeha/kubeadm-join.yaml'], 'kubeadm join --control-plane (etcd-join)');
    await runKubeadm(host, ['join', '--config', '/etc/kubeha/kubeadm-join.yaml', '--skip-phases', 'preflight'], 'kubeadm join --control-plane', { log: 'join-after-etcd-join' });
    assert.deepEqual(host.written.map((f) => f.path), [
        '/var/log/kubeha/kubeadm-join-until-kubelet-start.log',
        '/var/log/kubeha/kubeadm-join-phase-etcd-join.log',
        '/var/log/kubeha/kubeadm-join-after-etcd-join.log',
    ]);
});
test('runKubeadm: a failed phase run names its phase', async () => {
    const stderr = 'error: error execution phase etcd-join: etcdserver: too many learner members in cluster\nTo see the stack trace of this error execute with --v=5 or higher\n';
    const host = fakeHost({ code: 1, stdout: '[etcd] Adding etcd member\n', stderr });
    const err = await runKubeadm(host, ['join', 'phase', 'etcd-join', '--config', '/etc/kubeha/kubeadm-join.yaml'], 'kubeadm join --control-plane (etcd-join)').then(() => assert.fail('expected a failure'), (e) => e);
    assert.match(err.message, /^kubeadm join phase etcd-join exited with code 1 in phase etcd-join: etcdserver: too many learner members in cluster \(whole output in \/var\/log\/kubeha\/kubeadm-join-phase-etcd-join\.log\)$/);
});
//# sourceMappingURL=run-kubeadm.test.js.map