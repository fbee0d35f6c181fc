const ms = (v) => (v === undefined ? '-' : `${v} ms`);
/** `kubeha drill` as text: one row per victim, then what exceeded a threshold. */
export function renderDrill(r) {
    const header = ['victim', 'role', 'requests', 'failed', 'in flight', 'after', 'longest gap', 'etcd leader', 'VIP moved', 'healthy again'];
    const rows = r.victims.map((v) => [
        v.victim,
        v.role,
        String(v.requests),
        String(v.failed),
        String(v.failedInFlight),
        String(v.failedAfter),
        ms(v.longestGapMs),
        v.ledEtcd ? ms(v.etcdLeaderMs) : v.ledEtcd === false ? 'not leader' : '-',
        v.heldVip ? ms(v.vipMs) : v.heldVip === false ? 'not holder' : '-',
        `${(v.recoveredMs / 1000).toFixed(1)} s`,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    const out = [`drill of ${r.cluster} at ${r.at}: ${r.rate} requests/s, ${r.power}`, '', line(header), ...rows.map(line)];
    const reasons = r.victims.filter((v) => v.failed > 0).map((v) => `  ${v.victim}: ${Object.entries(v.reasons).map(([why, n]) => `${why} ×${n}`).join(', ')}`);
    if (reasons.length > 0)
        out.push('', 'why requests failed:', ...reasons);
    const exceeded = r.victims.flatMap((v) => v.exceeded.map((e) => `  ${v.victim}: ${e}`));
    out.push('', exceeded.length === 0 ? 'every threshold held' : 'thresholds exceeded:', ...exceeded);
    return out.join('\n');
}
//# sourceMappingURL=render-drill.js.map