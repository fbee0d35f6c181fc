// Shared by the end-to-end cluster tests: talking to a lab cluster from the admin side (the root namespace).
import { createDecipheriv } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { artifactsDir } from '../../src/artifacts/layout.js';
import { stopHost } from '../../src/lab/index.js';
import { isAlive, processesInNetns } from '../../src/lab/proc.js';
import { run } from '../../src/util/process.js';
import { waitFor } from '../../src/util/wait.js';
export const bin = (name) => join(artifactsDir(), 'bin', name);
export async function kubectlJson(kubeconfig, args) {
    const r = await run([bin('kubectl'), '--kubeconfig', kubeconfig, '--request-timeout=10s', ...args, '-o', 'json']);
    return JSON.parse(r.stdout);
}
export async function readyNodes(kubeconfig) {
    const nodes = await kubectlJson(kubeconfig, ['get', 'nodes']);
    return nodes.items.filter((n) => n.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True')).map((n) => n.metadata.name).sort();
}
/** etcdctl from the admin side with a control plane's healthcheck-client certificate. */
export async function etcdctl(cp, endpoints, args) {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-etcdctl-'));
    try {
        for (const f of ['ca.crt', 'healthcheck-client.crt', 'healthcheck-client.key']) {
            const data = await cp.readFile(`/etc/kubernetes/pki/etcd/${f}`);
            if (!data)
                throw new Error(`${cp.name}: /etc/kubernetes/pki/etcd/${f} missing`);
            await writeFile(join(dir, f), data, { mode: 0o600 });
        }
        const r = await run([
            bin('etcdctl'),
            `--endpoints=${endpoints.join(',')}`,
            `--cacert=${join(dir, 'ca.crt')}`,
            `--cert=${join(dir, 'healthcheck-client.crt')}`,
            `--key=${join(dir, 'healthcheck-client.key')}`,
            '--dial-timeout=3s',
            '--command-timeout=5s',
            ...args,
        ]);
        return r.stdout;
    }
    finally {
        await run(['rm', '-rf', dir]);
    }
}
/** kubeha's own waitFor, polling every second by default (the tests watch things that settle fast). */
export function eventually(what, fn, timeoutMs, intervalMs = 1000) {
    return waitFor(what, fn, timeoutMs, { intervalMs });
}
/** A pod on one worker answers HTTP from a pod on another: the CNI's pod network spans hosts. */
export async function podToPod(kubeconfig, image, from, to) {
    const k = [bin('kubectl'), '--kubeconfig', kubeconfig];
    const pod = (name, node, command) => ({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace: 'default' },
        spec: { nodeName: node, containers: [{ name, image, imagePullPolicy: 'Never', command }] },
    });
    const manifest = [
        pod('e2e-web', to, ['/bin/busybox', 'sh', '-c', 'mkdir -p /w && echo hello > /w/index.html && exec /bin/busybox httpd -f -p 8080 -h /w']),
        pod('e2e-client', from, ['/bin/busybox', 'sleep', '3600']),
    ];
    await run([...k, 'apply', '-f', '-'], { stdin: manifest.map((m) => JSON.stringify(m)).join('\n') });
    await run([...k, 'wait', '--for=condition=Ready', 'pod/e2e-web', 'pod/e2e-client', '--timeout=120s']);
    const ip = (await run([...k, 'get', 'pod', 'e2e-web', '-o', 'jsonpath={.status.podIP}'])).stdout.trim();
    const r = await run([...k, 'exec', 'e2e-client', '--', '/bin/busybox', 'sh', '-c', 'printf "GET / HTTP/1.0\\r\\n\\r\\n" | /bin/busybox nc -w 5 "$0" 8080', ip]);
    await run([...k, 'delete', 'pod', 'e2e-web', 'e2e-client', '--wait=false']);
    return r.stdout;
}
/** The flannel image of the artifacts: it carries busybox, enough for a web server and a client. */
export async function flannelImage() {
    const { readFile } = await import('node:fs/promises');
    const versions = JSON.parse(await readFile(join(artifactsDir(), 'versions.json'), 'utf8'));
    return `ghcr.io/flannel-io/flannel:${versions.flannel}`;
}
/** Restarts per pod, and the pods that are not Ready (a crash-looping pod can still report phase Running). */
async function podStates(kubeconfig, namespace) {
    const pods = await kubectlJson(kubeconfig, ['-n', namespace, 'get', 'pods']);
    const notReady = [];
    const restarts = new Map();
    for (const p of pods.items) {
        if (!p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))
            notReady.push(p.metadata.name);
        restarts.set(p.metadata.name, (p.status.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0));
    }
    return { notReady, restarts };
}
/**
 * Every pod of the namespace Ready, and no restart counter growing over `settleMs` once they are: waits up to
 * `timeoutMs` for that, then names what is not so. Returns the pods' names.
 */
export async function podsReadyAndStable(kubeconfig, namespace = 'kube-system', timeoutMs = 180_000, settleMs = 10_000) {
    return waitFor(`every ${namespace} pod Ready with no restarts growing over ${settleMs / 1000} s`, async () => {
        const first = await podStates(kubeconfig, namespace);
        if (first.notReady.length > 0)
            throw new Error(`not Ready: ${first.notReady.join(', ')}`);
        await new Promise((r) => setTimeout(r, settleMs));
        const second = await podStates(kubeconfig, namespace);
        if (second.notReady.length > 0)
            throw new Error(`not Ready: ${second.notReady.join(', ')}`);
        const growing = [...second.restarts].filter(([name, n]) => n > (first.restarts.get(name) ?? 0)).map(([name, n]) => `${name} (${first.restarts.get(name) ?? 0} → ${n})`);
        if (growing.length > 0)
            throw new Error(`restarting: ${growing.join(', ')}`);
        return [...second.restarts.keys()].sort();
    }, timeoutMs, { intervalMs: 2000 });
}
/** `member list` as etcdctl prints it with `-w simple`: how many started voters and how many learners. */
export function etcdVoters(memberList) {
    const rows = memberList.trim().split('\n').filter(Boolean).map((l) => l.split(', '));
    return {
        voters: rows.filter((r) => r[1] === 'started' && r[5] === 'false').length,
        learners: rows.filter((r) => r[5] === 'true').length,
        unstarted: rows.filter((r) => r[1] !== 'started').length,
    };
}
/** The load balancers whose eth0 holds `vip`, read with `ip addr` in each one's network namespace. */
export async function vipHolders(lab, vip) {
    const holders = [];
    for (const lb of lab.hosts.filter((h) => h.role === 'load-balancer')) {
        const r = await run(['ip', '-n', lb.netns, '-4', '-o', 'addr', 'show', 'dev', 'eth0'], { allowFailure: true });
        if (r.stdout.split('\n').some((l) => l.includes(` ${vip}/`)))
            holders.push(lb.name);
    }
    return holders;
}
/** The server of a kubeconfig's first cluster. */
export async function kubeconfigServer(kubeconfig) {
    const doc = parse(await readFile(kubeconfig, 'utf8'));
    return doc.clusters[0].cluster.server;
}
/** Whether anything answers a TCP connection at address:port within 2 s (a reset is an answer: a kernel is up). */
function tcpAnswers(address, port) {
    return new Promise((resolve) => {
        const socket = tcpConnect({ host: address, port, timeout: 2000 });
        const done = (answer) => {
            socket.destroy();
            resolve(answer);
        };
        socket.on('connect', () => done('accepted the connection'));
        socket.on('timeout', () => done(undefined));
        socket.on('error', (err) => done(err.code === 'ECONNREFUSED' ? 'refused the connection (its kernel answers)' : undefined));
    });
}
/**
 * The lab's power-off (what labPower does in drills: the host unplugged, then every process of its namespaces
 * killed), then proof that it is off (confirmOff).
 */
export async function powerOff(lab, name) {
    const pid1 = lab.hosts.find((x) => x.name === name).pid1;
    if (pid1 === undefined || !(await isAlive(pid1)))
        throw new Error(`${name} is not running before the power-off`);
    await stopHost(lab.name, name);
    await confirmOff(lab, name, pid1);
}
/** A host is off: its PID 1 gone, no process left in its network namespace, nothing answering at its address, not even with a TCP reset. */
export async function confirmOff(lab, name, pid1) {
    const h = lab.hosts.find((x) => x.name === name);
    const problems = [];
    if (await isAlive(pid1))
        problems.push(`its PID 1 (${pid1.pid}) still runs`);
    const left = await processesInNetns(`/run/netns/${h.netns}`);
    if (left.length > 0)
        problems.push(`processes ${left.join(', ')} still run in its network namespace`);
    const answer = await tcpAnswers(h.address, 22);
    if (answer !== undefined)
        problems.push(`${h.address}:22 ${answer}`);
    if (problems.length > 0)
        throw new Error(`${name} is not powered off: ${problems.join('; ')}`);
}
/**
 * kubeadm's kubeadm-certs: owned by a bootstrap token (the same uid, so the garbage collector deletes the
 * Secret with it) whose expiration is 2 h after the upload. Returns the owner's name and the TTL in ms.
 */
export async function kubeadmCertsOwner(kubeconfig) {
    const certs = await kubectlJson(kubeconfig, ['-n', 'kube-system', 'get', 'secret', 'kubeadm-certs']);
    const refs = certs.metadata.ownerReferences ?? [];
    if (refs.length !== 1 || refs[0].kind !== 'Secret' || refs[0].apiVersion !== 'v1' || !refs[0].name.startsWith('bootstrap-token-')) {
        throw new Error(`kubeadm-certs is not owned by one bootstrap token: ${JSON.stringify(refs)}`);
    }
    const ref = refs[0];
    const owner = await kubectlJson(kubeconfig, ['-n', 'kube-system', 'get', 'secret', ref.name]);
    if (owner.metadata.uid !== ref.uid)
        throw new Error(`the owner reference's uid ${ref.uid} is not ${ref.name}'s (${owner.metadata.uid})`);
    if (owner.type !== 'bootstrap.kubernetes.io/token')
        throw new Error(`${ref.name} has type ${owner.type}`);
    const field = (k) => Buffer.from(owner.data?.[k] ?? '', 'base64').toString();
    const expiration = Date.parse(field('expiration'));
    if (Number.isNaN(expiration))
        throw new Error(`${ref.name} has no expiration`);
    // From the token's own creation (each upload makes a new owner), not the Secret's: uploading again updates
    // kubeadm-certs in place (kubeadm's CreateOrUpdate too), keeping its first creationTimestamp (seen: 2 h + 229 s).
    return { owner: ref.name, ttlMs: expiration - Date.parse(owner.metadata.creationTimestamp) };
}
/**
 * Opens the cluster's real kubeadm-certs Secret with the certificate key, as kubeadm's copycerts does (AES-256-GCM,
 * the 12-byte nonce first, the tag last; written here with node:crypto, not kubeha's code), and names every
 * entry whose plaintext differs from the file on the first control plane.
 */
export async function kubeadmCertsMismatches(kubeconfig, cp1, certificateKey, files) {
    const certs = await kubectlJson(kubeconfig, ['-n', 'kube-system', 'get', 'secret', 'kubeadm-certs']);
    const key = Buffer.from(certificateKey, 'hex');
    const mismatches = [];
    const keys = Object.keys(certs.data ?? {}).sort();
    if (keys.join() !== Object.keys(files).sort().join())
        mismatches.push(`entries ${keys.join(', ')}`);
    for (const [entry, path] of Object.entries(files)) {
        const sealed = Buffer.from(certs.data?.[entry] ?? '', 'base64');
        let plain;
        try {
            const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
            decipher.setAuthTag(sealed.subarray(sealed.length - 16));
            plain = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
        }
        catch (err) {
            mismatches.push(`${entry}: does not open with the certificate key (${err.message})`);
            continue;
        }
        const onDisk = await cp1.readFile(path);
        if (onDisk === undefined || !plain.equals(onDisk))
            mismatches.push(`${entry}: not the bytes of ${path} on ${cp1.name}`);
    }
    return mismatches;
}
/** The files kubeadm uploads, by their Secret entry, for stacked etcd (kubeadm's copycerts list). */
export const STACKED_CERTS_FILES = Object.fromEntries(['ca.crt', 'ca.key', 'front-proxy-ca.crt', 'front-proxy-ca.key', 'sa.key', 'sa.pub', 'etcd/ca.crt', 'etcd/ca.key'].map((f) => [f.replace('/', '-'), `/etc/kubernetes/pki/${f}`]));
//# sourceMappingURL=cluster-helpers.js.map