import { parse } from 'yaml';
import { KubehaError } from '../errors.js';
import { MANIFESTS_DIR } from '../kubeadm/manifests/write.js';
import { waitFor } from '../util/wait.js';
import { runningContainers } from './static-pods.js';
/**
 * Static pods stopped and started by moving their manifests out of the kubelet's directory and back, as etcd's
 * and kubeadm's recovery instructions do; and an etcd member's identity as its own manifest states it.
 */
/** Where stopped manifests wait: outside the directory the kubelet watches, on the same filesystem. */
export const STOPPED_DIR = '/etc/kubernetes/kubeha-stopped';
/** `--name`, `--initial-advertise-peer-urls` and `--data-dir` of an etcd static pod manifest. */
export function etcdMemberFlags(manifest) {
    const pod = parse(manifest);
    const command = pod.spec?.containers?.[0]?.command ?? [];
    const flag = (n) => command.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3);
    const name = flag('name');
    const peerURL = flag('initial-advertise-peer-urls')?.split(',')[0];
    const dataDir = flag('data-dir');
    if (!name || !peerURL || !dataDir)
        throw new Error('the etcd manifest lacks --name, --initial-advertise-peer-urls or --data-dir');
    return { name, peerURL, dataDir };
}
/** The member's flags from its manifest, wherever it is now (running or stopped). */
export async function readEtcdMember(host) {
    for (const dir of [MANIFESTS_DIR, STOPPED_DIR]) {
        const text = (await host.readFile(`${dir}/etcd.yaml`))?.toString('utf8');
        if (text !== undefined)
            return etcdMemberFlags(text);
    }
    throw new KubehaError(`no etcd.yaml in ${MANIFESTS_DIR} or ${STOPPED_DIR}`, { doing: 'reading the etcd member', host: host.name });
}
/** Read-only: the component's manifest is set aside and no container of it runs. */
export async function stopped(host, component) {
    return (await host.readFile(`${STOPPED_DIR}/${component}.yaml`)) !== undefined && (await host.readFile(`${MANIFESTS_DIR}/${component}.yaml`)) === undefined && (await runningContainers(host, component)).length === 0;
}
/**
 * Moves the manifest aside (if it is still in place) and waits until the kubelet has stopped the pod. A kubelet that
 * has just started and cannot reach its apiserver was seen to start a static pod whose manifest had been removed
 * and leave it running (lab, v1.37.2, kube-scheduler, 3 min): after a while the container is stopped directly.
 */
export async function stopStaticPod(host, component) {
    const doing = `stopping ${component}`;
    await host.exec(['sh', '-c', 'mkdir -p -m 0700 "$2" && if [ -e "$1/$3.yaml" ]; then mv -f -- "$1/$3.yaml" "$2/$3.yaml"; fi', 'kubeha-stop', MANIFESTS_DIR, STOPPED_DIR, component], { doing });
    const gone = async () => (await runningContainers(host, component)).length === 0;
    const byKubelet = await waitFor(`the kubelet to stop ${component}`, gone, 45_000, { host: host.name, intervalMs: 1000 }).then(() => true, () => false);
    if (byKubelet)
        return;
    for (const id of await runningContainers(host, component)) {
        await host.exec(['ctr', '-n', 'k8s.io', 'tasks', 'kill', '--signal', 'SIGKILL', id], { doing, allowFailure: true });
    }
    await waitFor(`${component} to stop`, gone, 60_000, { host: host.name, intervalMs: 1000 }).catch((err) => {
        throw new KubehaError(err.message, { doing, host: host.name }, { cause: err });
    });
}
/** Puts a set-aside manifest back (the kubelet starts the pod). */
export async function startStaticPod(host, component) {
    await host.exec(['sh', '-c', 'if [ -e "$2/$3.yaml" ]; then mv -f -- "$2/$3.yaml" "$1/$3.yaml"; fi; test -e "$1/$3.yaml"', 'kubeha-start', MANIFESTS_DIR, STOPPED_DIR, component], {
        doing: `starting ${component}`,
    });
}
//# sourceMappingURL=etcd-member-manifest.js.map