/** `kubeha status` as text: one block per area, then the problems, each with its host and since when. */
export function renderStatus(s) {
    const lines = [`cluster ${s.cluster} at ${s.at}: ${s.healthy ? 'healthy' : `${s.problems.length} problem(s)`}`, '', 'hosts:'];
    for (const h of s.hosts)
        lines.push(`  ${h.name.padEnd(10)} ${h.role.padEnd(14)} ${h.address.padEnd(16)} ${h.reachable ? 'reachable' : 'UNREACHABLE'}`);
    if (s.etcd.length > 0) {
        lines.push('', 'etcd:');
        for (const e of s.etcd) {
            const size = e.dbSizeBytes === undefined ? '' : ` db ${(e.dbSizeBytes / 1024 / 1024).toFixed(1)} MiB`;
            lines.push(`  ${e.member.padEnd(10)} ${(e.host ?? '(no host)').padEnd(10)} ${e.voter ? 'voter' : 'learner'}${e.leader ? ' leader' : ''} ${e.healthy ? 'healthy' : `UNHEALTHY${e.error ? ` (${e.error})` : ''}`}${size}`);
        }
    }
    if (s.apiservers.length > 0 || s.endpoints.length > 0) {
        lines.push('', 'kube-apiserver /readyz:');
        for (const a of s.apiservers)
            lines.push(`  ${a.host.padEnd(10)} direct        ${a.readyz}`);
        for (const e of s.endpoints)
            lines.push(`  through ${e.via}: ${e.readyz}`);
    }
    if (s.loadBalancers.length > 0) {
        lines.push('', 'load balancers:');
        for (const l of s.loadBalancers) {
            const vip = l.holdsVirtualIP === undefined ? '' : l.holdsVirtualIP ? ' (holds the virtual IP)' : '';
            lines.push(`  ${l.host}${vip}: ${l.error ?? l.backends.map((b) => `${b.name} ${b.up ? 'UP' : 'DOWN'}`).join(', ')}`);
        }
    }
    if (s.nodes.length > 0)
        lines.push('', `nodes: ${s.nodes.map((n) => `${n.name} ${n.ready ? 'Ready' : 'NotReady'}`).join(', ')}`);
    lines.push(`kube-system pods not running: ${s.pods.length === 0 ? 'none' : s.pods.map((p) => `${p.name} (${p.phase})`).join(', ')}`);
    if (s.certificates.length > 0) {
        lines.push('', 'first certificate to expire:');
        for (const c of s.certificates)
            lines.push(`  ${c.host.padEnd(10)} ${c.notAfter}  ${c.name}`);
    }
    if (s.joinSecrets) {
        const j = s.joinSecrets;
        lines.push('', `bootstrap token expires ${j.tokenExpires ?? '(gone)'}; uploaded certificates expire ${j.uploadedCertificatesExpire ?? '(gone)'}`);
    }
    lines.push('', s.problems.length === 0 ? 'problems: none' : 'problems:');
    for (const p of s.problems)
        lines.push(`  ${p.host ? `${p.host}: ` : ''}${p.what}${p.since ? ` (since ${p.since})` : ''}`);
    return lines.join('\n');
}
//# sourceMappingURL=render-status.js.map