import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { InputError } from '../errors.js';
import { engineOfHost, loadCluster, MAX_CLUSTER_FILE_BYTES } from './cluster.js';
import { demoCluster } from './demo-cluster.js';
import { labClusterFile } from '../cluster/lab-cluster.js';
/** lb1, cp1..cp3, w1: a plain object each test may change. */
function base() {
    return demoCluster();
}
function issuesOf(doc) {
    try {
        loadCluster(stringify(doc));
    }
    catch (err) {
        assert.ok(err instanceof InputError);
        return (err.context.issues ?? []).map((i) => `${i.path}: ${i.message}`);
    }
    assert.fail('expected an InputError');
}
test('a minimal cluster gets the defaults and the LB as endpoint', () => {
    const { cluster, endpoint, warnings } = loadCluster(stringify(base()));
    assert.deepEqual(endpoint, { host: '10.250.7.10', port: 6443 });
    assert.equal(cluster.spec.topology, 'stacked');
    assert.equal(cluster.spec.certificates, 'upload');
    assert.equal(cluster.spec.networking.podSubnet, '10.244.0.0/16');
    assert.deepEqual(warnings, []);
});
test('every problem is reported at once with its path', () => {
    const doc = base();
    doc.spec.hosts[2].name = 'cp1';
    doc.spec.hosts[3].address = 'not an address!';
    doc.spec.hosts[4].role = 'boss';
    doc.spec.networking = { podSubnet: '10.96.0.0/16', bogus: 1 };
    doc.spec.surprise = true;
    const issues = issuesOf(doc);
    assert.ok(issues.some((i) => i.startsWith('spec.hosts[3].address:')), issues.join('\n'));
    assert.ok(issues.some((i) => i.startsWith('spec.hosts[4].role:')));
    assert.ok(issues.some((i) => i === 'spec.networking.bogus: unknown field'));
    assert.ok(issues.some((i) => i === 'spec.surprise: unknown field'));
});
test("the guide's rules: endpoint equals the LB, control planes, etcd hosts, VIP", () => {
    const wrongEndpoint = base();
    wrongEndpoint.spec.controlPlaneEndpoint = '10.250.7.11:6443';
    assert.match(issuesOf(wrongEndpoint).join('\n'), /spec.controlPlaneEndpoint: must be the load balancer's address/);
    const byName = base();
    byName.spec.controlPlaneEndpoint = 'lb1:6443';
    assert.deepEqual(loadCluster(stringify(byName)).endpoint, { host: 'lb1', port: 6443 });
    const noCp = base();
    noCp.spec.hosts = noCp.spec.hosts.filter((h) => h.role !== 'control-plane');
    assert.match(issuesOf(noCp).join('\n'), /at least one control-plane host/);
    const even = base();
    even.spec.hosts.splice(3, 1);
    assert.match(loadCluster(stringify(even)).warnings[0].message, /odd number/);
    const dup = base();
    dup.spec.hosts[4].name = 'cp1';
    assert.match(issuesOf(dup).join('\n'), /spec.hosts\[4\].name: duplicate host name "cp1"/);
    const external = base();
    external.spec.topology = 'external';
    assert.match(issuesOf(external).join('\n'), /spec.topology: external etcd needs hosts with role etcd/);
    const stackedWithEtcd = base();
    stackedWithEtcd.spec.hosts.push({ name: 'etcd1', address: '10.250.7.31', role: 'etcd' });
    assert.match(issuesOf(stackedWithEtcd).join('\n'), /need topology: external/);
    const vip = base();
    vip.spec.loadBalancer = { managed: { virtualIP: '10.250.7.100' } };
    assert.match(issuesOf(vip).join('\n'), /virtual IP needs two or more/);
    vip.spec.hosts.push({ name: 'lb2', address: '10.250.7.9', role: 'load-balancer' });
    assert.deepEqual(loadCluster(stringify(vip)).endpoint, { host: '10.250.7.100', port: 6443 });
    const overlap = base();
    overlap.spec.networking = { podSubnet: '10.96.0.0/16' };
    assert.match(issuesOf(overlap).join('\n'), /podSubnet: overlaps serviceSubnet/);
});
test('YAML syntax errors and duplicate keys name the line', () => {
    assert.throws(() => loadCluster('apiVersion: a\napiVersion: b\n'), (e) => e instanceof InputError && /line 2/.test(e.context.issues[0].path));
});
test('a mixed cluster: control planes and workers may name their own engine, other hosts may not', () => {
    const doc = base();
    doc.spec.engine = 'kubeadm';
    doc.spec.hosts[2].engine = 'native';
    doc.spec.hosts[4].engine = 'native';
    const { cluster } = loadCluster(stringify(doc));
    assert.deepEqual(cluster.spec.hosts.map((h) => engineOfHost(cluster, h.name)), ['kubeadm', 'kubeadm', 'native', 'kubeadm', 'native']);
    const onLb = base();
    onLb.spec.hosts[0].engine = 'kubeadm';
    onLb.spec.hosts[1].engine = 'kubeadmm';
    const issues = issuesOf(onLb);
    assert.ok(issues.some((i) => i.startsWith('spec.hosts[1].engine:')), issues.join('\n'));
    assert.deepEqual(issuesOf({ ...onLb, spec: { ...onLb.spec, hosts: [onLb.spec.hosts[0], ...base().spec.hosts.slice(1)] } }), [
        'spec.hosts[0].engine: only control-plane and worker hosts have an engine (kubeha sets up load-balancer hosts itself)',
    ]);
});
test('~ and ~/ in every path field mean the home directory (the README\'s own cluster file)', () => {
    const doc = base();
    doc.spec.ssh = { user: 'root', privateKeyFile: '~/.ssh/id_ed25519', knownHostsFile: '~/.ssh/known_hosts' };
    doc.spec.hosts[1].ssh = { privateKeyFile: '~', knownHostsFile: '/etc/ssh/ssh_known_hosts' };
    doc.spec.hosts[2].ssh = { knownHostsFile: 'relative/~/known_hosts' };
    const { cluster } = loadCluster(stringify(doc));
    assert.equal(cluster.spec.ssh.privateKeyFile, join(homedir(), '.ssh/id_ed25519'));
    assert.equal(cluster.spec.ssh.knownHostsFile, join(homedir(), '.ssh/known_hosts'));
    assert.deepEqual(cluster.spec.hosts[1].ssh, { privateKeyFile: homedir(), knownHostsFile: '/etc/ssh/ssh_known_hosts' });
    assert.deepEqual(cluster.spec.hosts[2].ssh, { knownHostsFile: 'relative/~/known_hosts' });
});
test('a dotted quad is an IPv4 address or an error, never a DNS name', () => {
    for (const bad of ['127.0.0.300', '10.0.0', '1.2.3.4.5', '256.1.1.1']) {
        const doc = base();
        doc.spec.hosts[2].address = bad;
        assert.deepEqual(issuesOf(doc), ['spec.hosts[2].address: looks like an IPv4 address but is not one (four numbers 0-255)'], bad);
    }
    const endpoint = base();
    endpoint.spec.controlPlaneEndpoint = '10.250.7.300:6443';
    assert.deepEqual(issuesOf(endpoint), ['spec.controlPlaneEndpoint: must be host[:port] (a DNS name or an IP)']);
    const named = base();
    named.spec.hosts[2].address = 'cp2.example.com';
    loadCluster(stringify(named));
});
test("networking: dnsDomain is an RFC 1123 name; kubeadm's subnet sizes; no machine inside a subnet", () => {
    const net = (networking) => {
        const doc = base();
        doc.spec.networking = networking;
        return issuesOf(doc);
    };
    assert.deepEqual(net({ dnsDomain: 'Cluster_Local' }), ['spec.networking.dnsDomain: must be a lower-case RFC 1123 DNS name such as cluster.local']);
    assert.deepEqual(net({ serviceSubnet: '10.96.0.0/11' }), ['spec.networking.serviceSubnet: specified service subnet is too large; for 32-bit addresses, the mask must be >= 12']);
    assert.match(net({ podSubnet: '10.244.0.0/25' }).join('\n'), /^spec.networking.podSubnet: the pod subnet mask \/25 is smaller than the node subnet mask \/24/);
    assert.deepEqual(net({ podSubnet: '10.250.0.0/16' }), [
        'spec.networking.podSubnet: 10.250.0.0/16 holds the address 10.250.7.10 of host lb1 (spec.hosts[0].address) and 4 more: pick a range no machine uses',
    ]);
    assert.deepEqual(net({ serviceSubnet: '10.250.7.0/24' }), [
        'spec.networking.serviceSubnet: 10.250.7.0/24 holds the address 10.250.7.10 of host lb1 (spec.hosts[0].address) and 4 more: pick a range no machine uses',
    ]);
});
test("a pod subnet smaller than a node's /24 passes when the controller manager's node-cidr-mask-size says so, as kubeadm", () => {
    const doc = base();
    doc.spec.networking = { podSubnet: '10.244.0.0/25' };
    const kcm = (args) => stringify({ apiVersion: 'kubeadm.k8s.io/v1beta4', kind: 'ClusterConfiguration', controllerManager: { extraArgs: args } });
    doc.spec.kubeadm = kcm([{ name: 'node-cidr-mask-size-ipv4', value: '26' }]);
    loadCluster(stringify(doc));
    doc.spec.kubeadm = kcm([{ name: 'allocate-node-cidrs', value: 'false' }]);
    loadCluster(stringify(doc));
    doc.spec.kubeadm = kcm([{ name: 'node-cidr-mask-size-ipv4', value: '24' }]);
    assert.match(issuesOf(doc).join('\n'), /spec.networking.podSubnet: the pod subnet mask \/25 is smaller than the node subnet mask \/24/);
});
test('spec.kubeadm is checked when the file is loaded: YAML with its line and column, kinds, fields', () => {
    const withKubeadm = (text) => {
        const doc = base();
        doc.spec.kubeadm = text;
        return issuesOf(doc);
    };
    assert.deepEqual(withKubeadm('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking: [1, 2\n'), [
        'spec.kubeadm.document[0]: YAML syntax at line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    assert.match(withKubeadm('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfig\n').join('\n'), /^spec.kubeadm.document\[0\].kind: unknown document kubeadm.k8s.io\/v1beta4\/ClusterConfig/);
    assert.deepEqual(withKubeadm('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nschedulr: {}\n'), ['spec.kubeadm.ClusterConfiguration.schedulr: unknown field']);
    assert.deepEqual(withKubeadm('kind: InitConfiguration\n'), ['spec.kubeadm.InitConfiguration.apiVersion: missing apiVersion']);
    const fine = base();
    fine.spec.kubeadm = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: UpgradeConfiguration\n---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nfailCgroupV1: false\n';
    loadCluster(stringify(fine));
});
test('a cluster text larger than 1 MiB is refused by the SDK too, naming the source', () => {
    assert.throws(() => loadCluster(`# ${'x'.repeat(MAX_CLUSTER_FILE_BYTES)}\n`, 'big.yaml'), (e) => e instanceof InputError && e.exitCode === 2 && e.context.file === 'big.yaml' && /larger than 1048576 bytes/.test(e.message));
});
test('errors name the file', () => {
    const doc = base();
    doc.spec.hosts[0].address = '10.0.0.300';
    assert.throws(() => loadCluster(stringify(doc), 'prod.yaml'), (e) => e instanceof InputError && e.context.file === 'prod.yaml' && e.context.doing === 'validating prod.yaml');
});
test("spec.kubeadm documents may leave out what kubeha sets (a JoinConfiguration without discovery): the lab's file loads", () => {
    const hosts = demoCluster().spec.hosts.map(({ name, address, role }) => ({ name, address, role }));
    const lab = labClusterFile({ name: 'lab', hosts, clientKeyFile: '/lab/key', knownHostsFile: '/lab/known_hosts', spec: { name: 'lab' } });
    assert.deepEqual(loadCluster(lab, 'lab.yaml').warnings, []);
    const doc = base();
    doc.spec.kubeadm = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\ndiscovery: { bootstrapToken: { token: short } }\n';
    assert.deepEqual(issuesOf(doc), ['spec.kubeadm.JoinConfiguration.discovery.bootstrapToken.token: not a bootstrap token: expected the form [a-z0-9]{6}.[a-z0-9]{16}']);
});
//# sourceMappingURL=cluster.test.js.map