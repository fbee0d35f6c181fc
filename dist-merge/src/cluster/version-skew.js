export function parseVersion(text) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text.trim());
    return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}
export function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
export const KUBELET_MAX_MINORS_BEHIND = 3;
/** What forbids upgrading to `target` from what runs now; empty when the upgrade (or its resumption) is allowed. */
export function skewIssues(targetText, running) {
    const target = parseVersion(targetText);
    if (!target)
        return [{ path: '--to', message: `must look like v1.37.2, got ${targetText}` }];
    const issues = [];
    const check = (path, text, minorsBehind, what) => {
        const v = parseVersion(text);
        if (!v)
            return issues.push({ path, message: `runs ${text}, which is not a version kubeha understands` });
        if (compareVersions(v, target) > 0)
            return issues.push({ path, message: `runs ${text}, newer than ${targetText}: kubeha does not downgrade` });
        if (v.major !== target.major || target.minor - v.minor > minorsBehind) {
            return issues.push({ path, message: `runs ${text}: ${what}` });
        }
        return undefined;
    };
    for (const cp of running.controlPlanes)
        check(`control plane ${cp.name}`, cp.version, 1, `the control plane moves one minor at a time; upgrade to v${target.major}.${target.minor - 1} first`);
    for (const k of running.kubelets) {
        check(`kubelet on ${k.name}`, k.version, KUBELET_MAX_MINORS_BEHIND, `a kubelet may be at most ${KUBELET_MAX_MINORS_BEHIND} minors older than the control plane`);
    }
    return issues;
}
//# sourceMappingURL=version-skew.js.map