// Shared by the crash e2e test and `npm run bench crash`: `kubeha up` (the CLI, over SSH, as a user runs it)
// killed with SIGKILL at chosen moments and run again, then the assertions that the cluster converged.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { cacheRoot } from '../../src/artifacts/layout.js';
import { connectLabHost } from '../../src/lab/index.js';
import { readStoredSecrets } from '../../src/engines/stored-secrets.js';
import { JWS_KEY_PREFIX } from '../../src/kubeadm/token/cluster-info.js';
import { etcdctl, etcdVoters, kubectlJson, podsReadyAndStable, readyNodes } from './cluster-helpers.js';
const CLI = join(import.meta.dirname, '..', '..', '..', 'bin', 'kubeha.js');
/** Where `up` run with this HOME writes the admin kubeconfig of the cluster. */
export function kubeconfigIn(home, cluster) {
    return join(home, '.kube', `kubeha-${cluster}.conf`);
}
/**
 * One `kubeha up -f FILE -o json` with its own HOME (the admin kubeconfig lands there), killed with SIGKILL as
 * soon as `kill.when` says so about an event (or after `kill.afterMs`, or `kill.afterFirstStepMs` after the first
 * step of the plan starts: past the local artifacts check and the probes of what is done), unless it ends first.
 */
export function upOnce(clusterFile, home, kill) {
    return new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(process.execPath, [CLI, 'up', '-f', clusterFile, '-o', 'json'], {
            stdio: ['ignore', 'pipe', 'pipe'],
            // The artifacts cache stays this machine's.
            env: { ...process.env, HOME: home, XDG_CACHE_HOME: dirname(cacheRoot()) },
        });
        const events = [];
        let stderr = '';
        let killedAfterMs = null;
        let artifactsLoading = false;
        const killNow = () => {
            if (killedAfterMs === null && child.exitCode === null) {
                killedAfterMs = Date.now() - started;
                child.kill('SIGKILL');
            }
        };
        let timer = kill.afterMs === undefined ? undefined : setTimeout(killNow, kill.afterMs);
        createInterface({ input: child.stdout }).on('line', (line) => {
            try {
                const e = JSON.parse(line);
                events.push(e);
                if (kill.when?.(e))
                    killNow();
                if (kill.afterFirstStepMs !== undefined && 'step' in e) {
                    // Loading the local artifacts (5–15 s under load, inside the first host preparation step) is not host work.
                    if (e.step === 'artifacts' && e.type === 'step-start') {
                        clearTimeout(timer);
                        timer = undefined;
                        artifactsLoading = true;
                    }
                    else if (e.step === 'artifacts' && e.type === 'step-done') {
                        artifactsLoading = false;
                        timer = setTimeout(killNow, kill.afterFirstStepMs);
                    }
                    else if (e.type === 'step-start' && timer === undefined && !artifactsLoading) {
                        timer = setTimeout(killNow, kill.afterFirstStepMs);
                    }
                }
            }
            catch {
                // not an event
            }
        });
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({ killedAfterMs, code, signal, events, stderr });
        });
    });
}
/** What a converged cluster is, after any number of crashes: each problem named. */
export async function convergedProblems(lab, kubeconfig, topology) {
    const problems = [];
    const nodes = lab.hosts.filter((h) => h.role === 'control-plane' || h.role === 'worker').map((h) => h.name).sort();
    const ready = await readyNodes(kubeconfig);
    if (ready.join() !== nodes.join())
        problems.push(`Ready nodes ${ready.join(', ')}, expected ${nodes.join(', ')}`);
    const etcdRole = topology === 'external' ? 'etcd' : 'control-plane';
    const etcdHost = await connectLabHost(lab, lab.hosts.find((h) => h.role === etcdRole).name);
    const cp1 = await connectLabHost(lab, 'cp1');
    try {
        const endpoints = lab.hosts.filter((h) => h.role === etcdRole).map((h) => `https://${h.address}:2379`);
        const members = etcdVoters(await etcdctl(etcdHost, endpoints, ['member', 'list', '-w', 'simple']));
        if (members.voters !== endpoints.length || members.learners !== 0 || members.unstarted !== 0)
            problems.push(`etcd ${JSON.stringify(members)}, expected ${endpoints.length} started voters`);
        for (const n of (await kubectlJson(kubeconfig, ['get', 'nodes'])).items) {
            if (!n.metadata.name.startsWith('cp'))
                continue;
            if (n.metadata.labels['node-role.kubernetes.io/control-plane'] === undefined)
                problems.push(`${n.metadata.name} has no control-plane label`);
            if (!n.spec.taints?.some((t) => t.key === 'node-role.kubernetes.io/control-plane' && t.effect === 'NoSchedule'))
                problems.push(`${n.metadata.name} has no control-plane taint`);
        }
        const token = (await readStoredSecrets(cp1)).token;
        const info = await kubectlJson(kubeconfig, ['-n', 'kube-public', 'get', 'configmap', 'cluster-info']);
        if (token === undefined || info.data[`${JWS_KEY_PREFIX}${token.split('.')[0]}`] === undefined)
            problems.push('cluster-info is not signed for the current token');
        for (const cm of ['kubeadm-config', 'kubelet-config']) {
            await kubectlJson(kubeconfig, ['-n', 'kube-system', 'get', 'configmap', cm]).catch(() => problems.push(`kube-system/${cm} is missing`));
        }
        await podsReadyAndStable(kubeconfig).catch((err) => problems.push(err.message));
    }
    finally {
        await etcdHost.close();
        await cp1.close();
    }
    return problems;
}
//# sourceMappingURL=crash-helpers.js.map