import { memberList } from '../engines/native/etcd-member.js';
import { nodeConfig } from '../engines/native/node-config.js';
import { etcdClientURL, etcdPeerURL } from '../kubeadm/manifests/index.js';
import { kubeconfigNotUsable } from '../kubeadm/kubeconfig/usable.js';
import { firstControlPlane } from './context.js';
import { kubectl } from './kubectl.js';
/**
 * Read-only probes of the effects of kubeadm's init and join phases, the same for both engines: what the
 * steps' done() ask, so that a re-run after a crash finishes half-done work. Each returns what is still
 * missing (empty: done).
 */
const PROBE_TOKEN = 'abcdef.0123456789abcdef';
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';
/** The node's kubeadm configuration without its secrets (probes read no token). */
export function probeConfig(ctx, name) {
    return nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(name), { token: PROBE_TOKEN });
}
export async function filesMissing(host, paths) {
    const missing = [];
    for (const p of paths)
        if ((await host.readFile(p)) === undefined)
            missing.push(p);
    return missing;
}
/** Objects as the first control plane's apiserver has them: [namespace or undefined, kubectl resource/name]. */
export async function objectsMissing(ctx, wanted) {
    const host = await ctx.hosts.get(firstControlPlane(ctx.cluster));
    const missing = [];
    for (const ns of [...new Set(wanted.map(([n]) => n))]) {
        const names = wanted.filter(([n]) => n === ns).map(([, r]) => r);
        const r = await kubectl(host, [...(ns ? ['-n', ns] : []), 'get', ...names, '-o', 'name', '--ignore-not-found'], { allowFailure: true });
        const found = new Set(r.stdout.split('\n').map((l) => l.trim()));
        for (const n of names)
            if (r.code !== 0 || !found.has(n))
                missing.push(`${n}${ns ? ` in ${ns}` : ''}`);
    }
    return missing;
}
/** The Node as the first control plane's apiserver has it: registered, and marked when it is a control plane. */
export async function nodeMissing(ctx, name) {
    const c = probeConfig(ctx, name);
    const controlPlane = ctx.hosts.spec(name).role === 'control-plane';
    const first = await ctx.hosts.get(firstControlPlane(ctx.cluster));
    const r = await kubectl(first, ['get', 'node', c.nodeName, '-o', 'json', '--ignore-not-found'], { allowFailure: true });
    if (r.code !== 0)
        return [`the Node ${c.nodeName} (the API did not answer)`];
    if (r.stdout.trim() === '')
        return [`the Node ${c.nodeName}`];
    if (!controlPlane)
        return [];
    const node = JSON.parse(r.stdout);
    const missing = [];
    if (node.metadata.labels?.[CONTROL_PLANE_LABEL] === undefined)
        missing.push(`the ${CONTROL_PLANE_LABEL} label`);
    // mark-control-plane puts the configured taints (kubeadm's default: control-plane:NoSchedule).
    for (const t of c.init.nodeRegistration.taints ?? []) {
        if (!node.spec?.taints?.some((x) => x.key === t.key && x.effect === t.effect))
            missing.push(`the ${t.key}:${t.effect} taint`);
    }
    return missing;
}
/** Stacked etcd: this host's member is a started voter (a learner left by a crash is not done). */
export async function etcdMemberMissing(ctx, name) {
    const c = probeConfig(ctx, name);
    if (!c.cluster.etcd.local)
        return [];
    const host = await ctx.hosts.get(name);
    const peerURL = etcdPeerURL(c.advertiseAddress);
    const members = await memberList(host, c.cluster, [etcdClientURL(c.advertiseAddress)]).catch(() => undefined);
    const me = members?.find((m) => m.peerURLs.includes(peerURL));
    if (me === undefined)
        return ['its etcd member'];
    if (me.learner)
        return ['the promotion of its etcd learner'];
    return me.started ? [] : ['its etcd member started'];
}
/** kubelet.conf loads with its client certificate (the file alone may point at one not yet written). */
export async function kubeletConfMissing(host) {
    const why = await kubeconfigNotUsable(host, '/etc/kubernetes/kubelet.conf');
    return why === undefined ? [] : [`a usable kubelet.conf (${why})`];
}
/** kubelet-start's last effect: its files written, a credential to start from, and the kubelet running. */
export async function kubeletStartMissing(host) {
    const missing = await filesMissing(host, ['/var/lib/kubelet/config.yaml', '/var/lib/kubelet/kubeadm-flags.env']);
    if ((await kubeletConfMissing(host)).length > 0 && (await host.readFile('/etc/kubernetes/bootstrap-kubelet.conf')) === undefined) {
        missing.push('a usable kubelet.conf or bootstrap-kubelet.conf');
    }
    const active = await host.exec(['systemctl', 'is-active', 'kubelet'], { allowFailure: true });
    if (active.code !== 0)
        missing.push('a running kubelet');
    return missing;
}
/** The plan's note for a step not yet done: what of it is missing (nothing when all is, e.g. a fresh host). */
export function missingNote(missing) {
    return missing.length === 0 || missing.length > 6 ? undefined : `missing ${missing.join(', ')}`;
}
//# sourceMappingURL=joined.js.map