import { engineOfHost } from '../config/cluster.js';
/** The human form of `kubeha plan`: steps in order, per host what already holds, lifetimes, etcd quorum. */
export function describePlan(loaded, plan, outcomes) {
    const lines = [];
    const spec = loaded.cluster.spec;
    lines.push(`cluster ${loaded.cluster.metadata.name}: ${spec.topology} etcd, ${spec.engine} engine, certificates ${spec.certificates}`);
    const own = spec.hosts.filter((h) => h.engine !== undefined && h.engine !== spec.engine);
    if (own.length > 0)
        lines.push(`mixed cluster: ${own.map((h) => `${h.name} uses the ${h.engine} engine`).join(', ')}; the other hosts the ${spec.engine} engine`);
    lines.push(`control-plane endpoint ${loaded.endpoint.host}:${loaded.endpoint.port}`);
    for (const w of loaded.warnings)
        lines.push(`warning: ${w.path}: ${w.message}`);
    // etcd members as the steps go: each step that changes them says how many there are after it.
    let members = 0;
    plan.steps.forEach((step, i) => {
        const changes = step.etcdMembers !== undefined && step.etcdMembers !== members && (step.cluster || step.hosts.length > 0);
        if (changes)
            members = step.etcdMembers;
        const etcd = changes ? { members, quorum: Math.floor(members / 2) + 1 } : undefined;
        const par = step.hosts.length > 1 ? (step.concurrency >= step.hosts.length ? ' (in parallel)' : step.concurrency === 1 ? ' (one at a time)' : ` (${step.concurrency} at a time)`) : '';
        lines.push(`${i + 1}. ${step.title} [${step.id}]${par}${etcd ? `  etcd after: ${etcd.members} member(s), quorum ${etcd.quorum}` : ''}`);
        const targets = step.cluster ? [undefined] : step.hosts;
        if (targets.length === 0)
            lines.push('   (no hosts)');
        for (const host of targets) {
            const o = outcomes.find((x) => x.step === step.id && x.host === host);
            const state = o === undefined ? 'not probed' : o.status === 'already' ? 'already holds' : o.status === 'would-run' ? 'to do' : o.status === 'checked' ? 'check passes' : o.status;
            const engine = own.length > 0 && host !== undefined && step.engineWork ? ` (${engineOfHost(loaded.cluster, host)} engine)` : '';
            lines.push(`   ${host ?? 'cluster'}: ${state}${engine}${o?.note === undefined ? '' : `: ${o.note}`}`);
        }
    });
    if (spec.certificates === 'upload')
        lines.push('the uploaded certificates and their key are deleted 2 h after upload; kubeha uploads them again with a new key when needed');
    lines.push('bootstrap tokens live 24 h; kubeha creates a new one when the saved one has expired');
    return lines.join('\n');
}
//# sourceMappingURL=describe-plan.js.map