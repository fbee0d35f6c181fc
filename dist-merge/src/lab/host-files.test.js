import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostFiles, kubeletDefaults, sshdConfig, withLoginUser } from './host-files.js';
const input = {
    lab: 'l',
    name: 'cp1',
    role: 'control-plane',
    address: '10.250.7.11',
    peers: [
        { name: 'lb1', address: '10.250.7.10' },
        { name: 'cp1', address: '10.250.7.11' },
    ],
    hostKeyFile: '/etc/kubeha/ssh_host_ed25519_key',
    clientPublicKey: 'ssh-ed25519 AAAA test',
    machineId: '0'.repeat(32),
    productUuid: '00000000-0000-0000-0000-000000000000',
    cgroupRoot: '/kubeha-l-cp1',
    nameserver: '10.250.7.1',
};
test('sshd listens on the host address only, keys only, no PAM', () => {
    const c = sshdConfig('10.250.7.11', '/k');
    for (const line of ['ListenAddress 10.250.7.11', 'HostKey /k', 'PermitRootLogin prohibit-password', 'PasswordAuthentication no', 'UsePAM no', 'MaxSessions 100']) {
        assert.ok(c.split('\n').includes(line), line);
    }
});
test('the kubelet defaults carry only what the lab needs', () => {
    assert.equal(kubeletDefaults('10.250.7.11', '/kubeha-l-cp1'), 'KUBELET_EXTRA_ARGS="--fail-cgroupv1=false --cgroup-driver=cgroupfs --cgroup-root=/kubeha-l-cp1 --node-ip=10.250.7.11"\n');
});
test('a control plane gets sshd and stopped containerd/kubelet services; a load balancer gets sshd and stopped haproxy/keepalived', () => {
    const cp = hostFiles(input).map((f) => f.path);
    assert.ok(cp.includes('/etc/service/kubelet/run') && cp.includes('/etc/service/containerd/run') && cp.includes('/etc/default/kubelet'));
    assert.ok(cp.includes('/etc/service/kubelet/down') && cp.includes('/etc/service/containerd/down') && !cp.includes('/etc/service/sshd/down'));
    assert.ok(!cp.includes('/etc/containerd/config.toml'), 'the container runtime is host preparation\'s, not the lab\'s');
    assert.equal(hostFiles(input).find((f) => f.path === '/etc/resolv.conf').content, 'nameserver 10.250.7.1\n');
    const lb = hostFiles({ ...input, name: 'lb1', role: 'load-balancer' }).map((f) => f.path);
    assert.ok(lb.includes('/etc/service/haproxy/down') && lb.includes('/etc/service/keepalived/down'));
    assert.ok(!lb.includes('/etc/service/kubelet/run'));
    const hosts = hostFiles(input).find((f) => f.path === '/etc/hosts').content;
    assert.match(hosts, /10\.250\.7\.10\tlb1/);
    assert.equal(hostFiles(input).find((f) => f.path === '/root/.ssh/authorized_keys').mode, 0o600);
});
test('a sudo host refuses root and authorizes the sudoer; a jump target admits only its jump host', () => {
    const sudo = sshdConfig('10.250.7.11', '/k', { sudoUser: 'debian' }).split('\n');
    assert.ok(sudo.includes('PermitRootLogin no') && !sudo.some((l) => l.startsWith('AllowUsers')));
    assert.ok(sshdConfig('10.250.7.11', '/k', { onlyFrom: '10.250.7.10' }).split('\n').includes('AllowUsers root@10.250.7.10'));
    assert.ok(sshdConfig('10.250.7.11', '/k', { sudoUser: 'debian', onlyFrom: '10.250.7.10' }).split('\n').includes('AllowUsers debian@10.250.7.10'));
    const files = hostFiles({ ...input, access: { sudoUser: 'debian' } });
    assert.equal(files.find((f) => f.path === '/etc/sudoers.d/debian')?.content, 'debian ALL=(ALL:ALL) NOPASSWD: ALL\n');
    assert.equal(files.find((f) => f.path === '/etc/sudoers.d/debian')?.mode, 0o440);
    assert.equal(files.find((f) => f.path === '/home/debian/.ssh/authorized_keys')?.content, 'ssh-ed25519 AAAA test\n');
    assert.ok(!hostFiles(input).some((f) => f.path.startsWith('/etc/sudoers.d/')));
});
test('the login user is added to the base accounts, unlocked (sshd without PAM refuses a locked one) and in group sudo', () => {
    const a = withLoginUser('debian', { passwd: 'root:x:0:0:root:/root:/bin/bash\n', group: 'root:x:0:\nsudo:x:27:\n', shadow: 'root:*:20000:0:99999:7:::\n' });
    assert.equal(a.passwd, 'root:x:0:0:root:/root:/bin/bash\ndebian:x:1000:1000:debian:/home/debian:/bin/sh\n');
    assert.equal(a.group, 'root:x:0:\nsudo:x:27:debian\ndebian:x:1000:\n');
    assert.match(a.shadow, /\ndebian:\*:/);
});
//# sourceMappingURL=host-files.test.js.map