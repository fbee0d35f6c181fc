// A real etcd + kube-apiserver + kube-controller-manager run as plain processes on 127.0.0.1 with kubeha's PKI and
// kubeconfigs (written by the kubeha CLI from a kubeadm v1beta4 config) and kubeadm's flags from src/kubeadm/manifests.
// Only the listen addresses, ports, data dir and kubeconfig paths differ from a kubeadm node, through the config's
// extraArgs. Everything lives in a temp dir; stop() kills the processes by PID and removes the dir.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactsDir } from '../../src/artifacts/layout.js';
import { run } from '../../src/util/process.js';
import { loadKubeadmConfig } from '../../src/kubeadm/config/index.js';
import { nodeSettingsFromConfig } from '../../src/kubeadm/node-settings.js';
import { apiServerCommand, controllerManagerCommand, etcdCommand } from '../../src/kubeadm/manifests/index.js';
import { clusterApiFromKubeconfig } from '../../src/kubeadm/token/cluster-api.js';
import { clusterAdminsBinding } from '../../src/engines/native/cluster-objects.js';
import { kubeadmConfigHeader } from './pki-inputs.js';
export const ARTIFACT_BIN = join(artifactsDir(), 'bin');
export const KUBEHA_CLI = new URL('../../../bin/kubeha.js', import.meta.url).pathname;
export async function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const port = server.address().port;
            server.close(() => resolve(port));
        });
    });
}
function kubeadmConfig(dir, ports) {
    const client = `https://127.0.0.1:${ports.client}`;
    const peer = `https://127.0.0.1:${ports.peer}`;
    const kcmConf = join(dir, 'kc', 'controller-manager.conf');
    return `${kubeadmConfigHeader({ advertiseAddress: '127.0.0.1', bindPort: ports.api, certificatesDir: join(dir, 'pki') })}etcd:
  local:
    dataDir: ${join(dir, 'etcd')}
    extraArgs:
    - {name: listen-client-urls, value: "${client}"}
    - {name: advertise-client-urls, value: "${client}"}
    - {name: listen-peer-urls, value: "${peer}"}
    - {name: initial-advertise-peer-urls, value: "${peer}"}
    - {name: initial-cluster, value: "cp1=${peer}"}
    - {name: listen-metrics-urls, value: "http://127.0.0.1:${ports.metrics}"}
apiServer:
  extraArgs:
  - {name: bind-address, value: 127.0.0.1}
  # A loopback advertise address is refused by the endpoint reconciler; nothing here needs the kubernetes Endpoints.
  - {name: endpoint-reconciler-type, value: none}
controllerManager:
  extraArgs:
  - {name: kubeconfig, value: "${kcmConf}"}
  - {name: authentication-kubeconfig, value: "${kcmConf}"}
  - {name: authorization-kubeconfig, value: "${kcmConf}"}
  - {name: secure-port, value: "${ports.kcm}"}
`;
}
function startProcess(argv, log) {
    const [file, ...args] = argv;
    const child = spawn(join(ARTIFACT_BIN, file), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stream = createWriteStream(log);
    child.stdout.pipe(stream);
    child.stderr.pipe(stream);
    return child;
}
async function stopProcess(child) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
        return;
    const exited = new Promise((resolve) => child.once('exit', () => resolve()));
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null && child.pid !== undefined)
            process.kill(child.pid, 'SIGKILL');
    }, 10_000);
    await exited;
    clearTimeout(timer);
}
async function waitFor(what, probe, timeoutMs) {
    const started = Date.now();
    for (;;) {
        let ok = false;
        try {
            ok = await probe();
        }
        catch (err) {
            if (/exited with code/.test(err.message))
                throw err;
        }
        if (ok)
            return;
        if (Date.now() - started > timeoutMs)
            throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 500));
    }
}
/** Starts etcd, then kube-apiserver, then kube-controller-manager; admin.conf is granted cluster-admin like kubeadm init does. */
export async function startControlPlane() {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-cp-'));
    const children = [];
    const stop = async () => {
        for (const child of children.reverse())
            await stopProcess(child);
        await rm(dir, { recursive: true, force: true });
    };
    try {
        const ports = { api: await freePort(), client: await freePort(), peer: await freePort(), metrics: await freePort(), kcm: await freePort() };
        const configText = kubeadmConfig(dir, ports);
        const configPath = join(dir, 'kubeadm.yaml');
        await writeFile(configPath, configText);
        const kubeconfigDir = join(dir, 'kc');
        await run([process.execPath, KUBEHA_CLI, 'init', 'phase', 'certs', 'all', '--config', configPath], { doing: 'kubeha init phase certs all' });
        await run([process.execPath, KUBEHA_CLI, 'init', 'phase', 'kubeconfig', 'all', '--config', configPath, '--kubeconfig-dir', kubeconfigDir], {
            doing: 'kubeha init phase kubeconfig all',
        });
        const settings = nodeSettingsFromConfig(loadKubeadmConfig(configText), configPath);
        const facts = { nodeName: settings.nodeName, advertiseAddress: settings.advertiseAddress, bindPort: settings.bindPort, existingCaCertDirs: [] };
        const kubectl = (args, options = {}) => run([join(ARTIFACT_BIN, 'kubectl'), '--kubeconfig', options.kubeconfig ?? join(kubeconfigDir, 'admin.conf'), ...args], {
            allowFailure: options.allowFailure ?? false,
            doing: `kubectl ${args[0] ?? ''}`,
        });
        children.push(startProcess(etcdCommand(settings.cluster, facts), join(dir, 'etcd.log')));
        children.push(startProcess(apiServerCommand(settings.cluster, facts), join(dir, 'kube-apiserver.log')));
        const superAdmin = join(kubeconfigDir, 'super-admin.conf');
        await waitFor('kube-apiserver /readyz', async () => {
            const apiserver = children[1];
            if (apiserver.exitCode !== null)
                throw new Error(`kube-apiserver exited with code ${apiserver.exitCode}`);
            return (await kubectl(['--request-timeout=5s', 'get', '--raw', '/readyz'], { allowFailure: true, kubeconfig: superAdmin })).code === 0;
        }, 120_000);
        await (await clusterApiFromKubeconfig((await import('node:fs')).readFileSync(superAdmin, 'utf8'))).apply(clusterAdminsBinding());
        children.push(startProcess(controllerManagerCommand(settings.cluster, {}), join(dir, 'kube-controller-manager.log')));
        const adminKubeconfig = join(kubeconfigDir, 'admin.conf');
        return {
            dir,
            certDir: settings.cluster.certificatesDir,
            kubeconfigDir,
            configPath,
            configText,
            apiPort: ports.api,
            server: `https://127.0.0.1:${ports.api}`,
            adminKubeconfig,
            admin: await clusterApiFromKubeconfig((await import('node:fs')).readFileSync(adminKubeconfig, 'utf8')),
            kubectl,
            stop,
        };
    }
    catch (err) {
        const logs = await Promise.all(['etcd', 'kube-apiserver'].map(async (n) => `--- ${n}.log\n${(await readFile(join(dir, `${n}.log`), 'utf8').catch(() => '')).split('\n').slice(-15).join('\n')}`));
        await stop();
        throw new Error(`${err.message}\n${logs.join('\n')}`, { cause: err });
    }
}
//# sourceMappingURL=control-plane-processes.js.map