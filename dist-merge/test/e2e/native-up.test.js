// End to end: `up` with the native engine on a fresh lab (1 LB, 3 control planes, 2 workers), then real
// kubeadm reads the cluster kubeha built. `up` reaches the hosts as the cluster file says, as on real machines:
// cp2 admits only a sudoer (root refused), w1 only connections from lb1 (its jump host).
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCluster } from '../../src/config/cluster.js';
import { labClusterFile } from '../../src/cluster/lab-cluster.js';
import { up } from '../../src/cluster/up.js';
import { execInHost, startHost } from '../../src/lab/index.js';
import { SshHost } from '../../src/transport/ssh.js';
import { HOST_CONTENT_DIR } from '../../src/transport/content.js';
import { bin, etcdctl, eventually, flannelImage, kubeadmCertsMismatches, kubeadmCertsOwner, podsReadyAndStable, podToPod, readyNodes, STACKED_CERTS_FILES } from './cluster-helpers.js';
import { readStoredSecrets } from '../../src/engines/stored-secrets.js';
import { run } from '../../src/util/process.js';
import { labFixture, labName } from './lab-fixture.js';
import { etcdctl as kubehaEtcdctl } from '../../src/cluster/etcdctl.js';
import { PreconditionError } from '../../src/errors.js';
import { planUp } from '../../src/cluster/up.js';
import { installPackedSdk, readmeExample, REPO } from './sdk-package.js';
import { parse } from 'yaml';
/** Compiled against the installed package: a lab cluster's file, its plan, and its status through the SDK. */
const SDK_PROGRAM = `import { readFile } from 'node:fs/promises';
import { InputError, KubehaError, loadCluster, plan, status, type ClusterStatus, type KubehaEvent, type PlannedStep } from 'kubeha';

const [file, adminKubeconfigPath] = process.argv.slice(2);
if (file === undefined || adminKubeconfigPath === undefined) throw new Error('usage: check CLUSTER_FILE ADMIN_KUBECONFIG');
const loaded = loadCluster(await readFile(file, 'utf8'), file);
const steps: readonly PlannedStep[] = plan(loaded).steps;
const events: KubehaEvent[] = [];
const report: ClusterStatus = await status(loaded, { emit: (e) => events.push(e), adminKubeconfigPath });
let refused: string | undefined;
try {
  loadCluster('kind: Cluster\\n', 'bad.yaml');
} catch (err) {
  if (err instanceof InputError && err instanceof KubehaError) refused = \`\${err.exitCode} \${err.context.doing}\`;
}
console.log(JSON.stringify({ steps: steps.map((s) => ({ id: s.id, hosts: s.hosts })), healthy: report.healthy, problems: report.problems, nodes: report.nodes.map((n) => n.name), refused }));
`;
const LAB = labName('nat');
test('native engine: an HA cluster with stacked etcd that real kubeadm can manage', { timeout: 40 * 60_000 }, async (t) => {
    const { lab, scratch, kubeconfig, host, powerOff } = await labFixture(t, {
        name: LAB,
        loadBalancers: 1,
        controlPlanes: 3,
        etcd: 0,
        workers: 2,
        sudoHosts: ['cp2'],
        jumpHosts: { w1: 'lb1' },
        // w2 is made as a real machine: without the lab's shared content, so it is sent everything over SSH.
        unsharedHosts: ['w2'],
    });
    const loaded = loadCluster(labClusterFile(lab, { engine: 'native' }), 'cluster.yaml');
    const sshOf = (name) => loaded.cluster.spec.hosts.find((h) => h.name === name)?.ssh;
    assert.deepEqual([sshOf('cp2'), sshOf('w1')], [{ user: 'debian' }, { proxyJump: 'root@lb1' }]);
    const events = [];
    const started = Date.now();
    const result = await up(loaded, {
        emit: (e) => {
            events.push(e);
            if (e.type === 'step-done' || e.type === 'step-fail') {
                console.log(`${e.type} ${e.step}${e.host ? ` ${e.host}` : ''} ${e.ms} ms${e.type === 'step-fail' ? `: ${e.error}` : ''}`);
            }
        },
        // No connector of the lab's: the cluster file's SSH settings (sudoer, jump host, key, known_hosts).
        adminKubeconfigPath: kubeconfig,
    });
    console.log(`up took ${Math.round((Date.now() - started) / 1000)} s`);
    assert.ok(result.outcomes.every((o) => o.status !== 'failed'), JSON.stringify(result.outcomes));
    // cp2 was worked on as the sudoer only, and refuses root; w1 was reached only through lb1 and refuses this
    // machine. Each host's sshd log (read without SSH) says who logged in from where.
    const lb1 = lab.hosts.find((h) => h.name === 'lb1');
    const direct = async (name, user) => {
        const h = lab.hosts.find((x) => x.name === name);
        const key = await readFile(lab.clientKeyFile);
        return SshHost.connect({ name, address: h.address, user, privateKey: key, knownHostKeys: [h.hostKey] }).then(async (c) => {
            await c.close();
            return 'connected';
        }, (e) => e.message);
    };
    assert.match(await direct('cp2', 'root'), /root was refused/);
    assert.match(await direct('w1', 'root'), /root was refused/);
    const sshdLog = async (name) => (await execInHost(lab, name, ['cat', '/var/log/kubeha/sshd/current'])).stdout;
    const cp2Log = await sshdLog('cp2');
    assert.match(cp2Log, /Accepted publickey for debian from 10\.250\.7\.1 /);
    assert.doesNotMatch(cp2Log, /Accepted publickey for root/);
    assert.match(cp2Log, /ROOT LOGIN REFUSED FROM 10\.250\.7\.1 /);
    const w1Log = await sshdLog('w1');
    const w1From = [...w1Log.matchAll(/Accepted publickey for (\S+) from (\S+) /g)].map((m) => `${m[1]}@${m[2]}`);
    assert.ok(w1From.length > 0 && w1From.every((f) => f === `root@${lb1.address}`), `w1 logins: ${w1From.join(', ')}`);
    assert.match(w1Log, /User root from 10\.250\.7\.1 not allowed because not listed in AllowUsers/);
    // Content: the hosts with the lab's shared content were sent no package, binary or image; w2, without it, was
    // sent all of them, verified into its cache; workers hold only the images their pods use.
    const contentLogs = events.filter((e) => e.type === 'log' && / file\(s\) on the host already/.test(e.message));
    for (const e of contentLogs)
        console.log(`content ${e.host}: ${e.message}`);
    for (const e of contentLogs) {
        const sent = Number(/, (\d+) sent/.exec(e.message)[1]);
        if (e.host === 'w2')
            assert.match(e.message, /^[^:]+: 0 of (\d+) file\(s\) on the host already, \1 sent/, e.message);
        else
            assert.equal(sent, 0, `${e.host}: ${e.message}`);
    }
    assert.deepEqual([...new Set(contentLogs.map((e) => e.host))].sort(), ['cp1', 'cp2', 'cp3', 'lb1', 'w1', 'w2']);
    const cached = async (name) => (await execInHost(lab, name, ['sh', '-c', `ls ${HOST_CONTENT_DIR} 2>/dev/null | wc -l`])).stdout.trim();
    assert.equal(await cached('cp1'), '0');
    assert.equal(await cached('w2'), String(contentLogs.filter((e) => e.host === 'w2').reduce((a, e) => a + Number(/, (\d+) sent/.exec(e.message)[1]), 0)));
    const images = async (name) => (await execInHost(lab, name, ['ctr', '-n', 'k8s.io', 'images', 'ls', '-q'])).stdout.split('\n').filter((l) => l && !l.includes('@') && !l.startsWith('sha256:'));
    assert.ok(!(await images('w1')).some((r) => /kube-apiserver|etcd/.test(r)), 'a worker has no control-plane image');
    assert.ok((await images('cp1')).some((r) => /kube-apiserver/.test(r)));
    // Through the load-balanced endpoint (the admin kubeconfig's server).
    assert.deepEqual(await readyNodes(kubeconfig), ['cp1', 'cp2', 'cp3', 'w1', 'w2']);
    const pods = (await Promise.all([podsReadyAndStable(kubeconfig), podsReadyAndStable(kubeconfig, 'kube-flannel')])).flat();
    for (const p of ['coredns-', 'kube-proxy-', 'kube-flannel-ds-', 'etcd-cp3', 'kube-apiserver-cp3'])
        assert.ok(pods.some((n) => n.startsWith(p)), `${p}… in ${pods.join(', ')}`);
    // kubeadm-certs: owned by a bootstrap token that expires 2 h after the upload, and opening with the kept key
    // into the bytes of cp1's files.
    const cp1 = await host('cp1');
    const { ttlMs } = await kubeadmCertsOwner(kubeconfig);
    assert.ok(Math.abs(ttlMs - 2 * 3_600_000) < 120_000, `owner token TTL ${ttlMs} ms, kubeadm's is 2 h`);
    assert.deepEqual(await kubeadmCertsMismatches(kubeconfig, cp1, (await readStoredSecrets(cp1)).certificateKey, STACKED_CERTS_FILES), []);
    const cpAddresses = lab.hosts.filter((h) => h.role === 'control-plane').map((h) => `https://${h.address}:2379`);
    const members = (await etcdctl(cp1, cpAddresses, ['member', 'list', '-w', 'simple'])).trim().split('\n');
    assert.equal(members.length, 3, members.join('\n'));
    assert.ok(members.every((m) => m.endsWith(', false')), `all voting: ${members.join('\n')}`);
    // kubeha's etcdctl (the etcd image's, through ctr) on a joined control plane: how long one call takes, and
    // what a host without the image says.
    const cp3 = await host('cp3');
    const pinned = { certificatesDir: '/etc/kubernetes/pki', imageRepository: 'registry.k8s.io', kubernetesVersion: loaded.cluster.spec.kubernetesVersion, etcd: {} };
    const times = [];
    for (let i = 0; i < 5; i++) {
        const r = await kubehaEtcdctl(cp3, pinned, cpAddresses, ['endpoint', 'health']);
        assert.match(`${r.stdout}${r.stderr}`, /is healthy/);
        times.push(r.ms);
    }
    t.diagnostic(`etcdctl through ctr on cp3 (endpoint health, 3 endpoints): ${times.join(', ')} ms`);
    const missing = await kubehaEtcdctl(cp3, { ...pinned, imageRepository: 'registry.invalid' }, cpAddresses, ['endpoint', 'health']).catch((e) => e);
    assert.ok(missing instanceof PreconditionError, String(missing));
    assert.match(missing.message, /^the etcd image registry\.invalid\/etcd:3\.7\.0-0 is not in containerd's k8s\.io namespace on cp3/);
    const leftovers = await cp3.exec(['ctr', '-n', 'k8s.io', 'containers', 'ls', '-q']);
    assert.ok(!leftovers.stdout.includes('kubeha-etcdctl-'), leftovers.stdout);
    // Real kubeadm on the cluster the native engine built.
    const tokens = await cp1.exec(['kubeadm', 'token', 'list'], { doing: 'kubeadm token list' });
    assert.match(tokens.stdout, /system:bootstrappers:kubeadm:default-node-token/);
    const expiration = await cp1.exec(['kubeadm', 'certs', 'check-expiration'], { doing: 'kubeadm certs check-expiration' });
    assert.match(expiration.stdout, /apiserver\s/);
    assert.match(expiration.stdout, /etcd-server\s/);
    // The join commands, saved for the user with their secrets (0600), shown withheld.
    const saved = join(scratch, 'admin.join-commands');
    assert.equal((await stat(saved)).mode & 0o777, 0o600);
    assert.match(await readFile(saved, 'utf8'), /^kubeadm join 10\.250\.7\.\d+:6443 --token [a-z0-9]{6}\.[a-z0-9]{16} \\\n\t--discovery-token-ca-cert-hash sha256:[0-9a-f]{64} \\\n\t--control-plane --certificate-key [0-9a-f]{64}\n/);
    const shown = events.filter((e) => e.type === 'result').map((e) => JSON.stringify(e)).join('\n');
    assert.match(shown, /--token <value withheld>/);
    assert.ok(!/[a-z0-9]{6}\.[a-z0-9]{16}/.test(shown), 'no token in events');
    // The CNI: a pod on w1 reaches a pod on w2.
    assert.match(await podToPod(kubeconfig, await flannelImage(), 'w1', 'w2'), /hello/);
    // A second `up` has nothing to do.
    const again = await up(loaded, { emit: () => { }, adminKubeconfigPath: kubeconfig });
    const changed = again.outcomes.filter((o) => o.status === 'done');
    assert.deepEqual(changed, [], `second up changed ${changed.map((o) => `${o.step}@${o.host}`).join(', ')}`);
    // The SDK as a user installs it: the packed tarball in a project of its own, a strict TypeScript program (and
    // the README's example) compiled against it, run against this cluster: its plan, then a healthy status.
    const clusterFile = join(scratch, 'cluster.yaml');
    await writeFile(clusterFile, labClusterFile(lab, { engine: 'native' }), { mode: 0o600 });
    const sdk = await installPackedSdk(t);
    await sdk.compile({ 'check.ts': SDK_PROGRAM, 'readme.ts': await readmeExample() });
    const checked = JSON.parse(await sdk.run('check', [clusterFile, kubeconfig]));
    assert.deepEqual(checked.steps, planUp(loaded).steps.map((s) => ({ id: s.id, hosts: s.hosts })));
    assert.deepEqual(checked.steps.find((s) => s.id === 'init/certs')?.hosts, ['cp1']);
    assert.deepEqual(checked.steps.find((s) => s.id === 'join/etcd-join')?.hosts, ['cp2', 'cp3']);
    assert.deepEqual(checked.steps.find((s) => s.id === 'join/worker')?.hosts, ['w1', 'w2']);
    assert.equal(checked.steps.at(-1)?.id, 'nodes-ready');
    assert.deepEqual(checked.problems, []);
    assert.equal(checked.healthy, true);
    assert.deepEqual(checked.nodes.sort(), ['cp1', 'cp2', 'cp3', 'w1', 'w2']);
    assert.equal(checked.refused, '2 validating bad.yaml');
    // `kubeha kubeconfig export` as kind does it, into a KUBECONFIG of the test's own (never the user's file):
    // the first existing file of the list gets context kubeha-<name>, current, next to what it held; kubectl
    // uses it; `delete` takes it out again.
    const home = join(scratch, 'home');
    await mkdir(join(home, '.kube'), { recursive: true, mode: 0o700 });
    await copyFile(kubeconfig, join(home, '.kube', `kubeha-${LAB}.conf`));
    const kc = join(scratch, 'kube', 'config');
    await mkdir(join(scratch, 'kube'), { recursive: true });
    await writeFile(kc, 'apiVersion: v1\nkind: Config\nclusters: [{name: other, cluster: {server: "https://127.0.0.1:1"}}]\nusers: [{name: other, user: {token: t}}]\ncontexts: [{name: other, context: {cluster: other, user: other}}]\ncurrent-context: other\n');
    const env = { HOME: home, KUBECONFIG: `${join(scratch, 'kube', 'absent')}:${kc}` };
    const cli = join(REPO, 'bin', 'kubeha.js');
    await run([process.execPath, cli, 'kubeconfig', 'export', '-f', clusterFile], { env, doing: 'kubeha kubeconfig export' });
    assert.equal((await stat(kc)).mode & 0o777, 0o600);
    const merged = parse(await readFile(kc, 'utf8'));
    assert.deepEqual(merged.contexts.map((c) => c.name), ['other', `kubeha-${LAB}`]);
    assert.equal(merged['current-context'], `kubeha-${LAB}`);
    const nodes = await run([bin('kubectl'), '--context', `kubeha-${LAB}`, '--request-timeout=10s', 'get', 'nodes', '-o', 'name'], { env });
    assert.deepEqual(nodes.stdout.trim().split('\n').sort(), ['node/cp1', 'node/cp2', 'node/cp3', 'node/w1', 'node/w2']);
    const printed = parse((await run([process.execPath, cli, 'kubeconfig', 'export', '-f', clusterFile, '--print'], { env })).stdout);
    assert.deepEqual(printed.contexts.map((c) => c.name), [`kubeha-${LAB}`]);
    await run([process.execPath, cli, 'kubeconfig', 'delete', '-f', clusterFile], { env, doing: 'kubeha kubeconfig delete' });
    const after = parse(await readFile(kc, 'utf8'));
    assert.deepEqual(after.contexts.map((c) => c.name), ['other']);
    assert.equal(after['current-context'], '');
    // Failover: power cp1 off; the API through the LB keeps answering and etcd keeps quorum on cp2 and cp3.
    await powerOff('cp1');
    await eventually('the API through the LB with cp1 down', async () => (await run([bin('kubectl'), '--kubeconfig', kubeconfig, '--request-timeout=5s', 'get', '--raw', '/readyz'], { allowFailure: true })).stdout.trim() === 'ok', 60_000);
    const cp2 = await host('cp2');
    const rest = lab.hosts.filter((h) => h.name === 'cp2' || h.name === 'cp3').map((h) => `https://${h.address}:2379`);
    const health = JSON.parse(await etcdctl(cp2, rest, ['endpoint', 'health', '-w', 'json']));
    assert.equal(health.filter((h) => h.health).length, 2);
    // Power cp1 back on: its kubelet starts the static pods again, etcd catches up, the node is Ready.
    await startHost(LAB, 'cp1');
    const all = lab.hosts.filter((h) => h.role === 'control-plane').map((h) => `https://${h.address}:2379`);
    await eventually('cp1 back: 3 healthy etcd members and 5 Ready nodes', async () => {
        const h = JSON.parse(await etcdctl(cp2, all, ['endpoint', 'health', '-w', 'json']));
        return h.filter((x) => x.health).length === 3 && (await readyNodes(kubeconfig)).length === 5;
    }, 180_000, 2000);
});
//# sourceMappingURL=native-up.test.js.map