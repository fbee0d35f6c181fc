/** Renders a path like spec.hosts[2].address. */
export function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? String(part) : `.${String(part)}`;
    }
    return out || '(root)';
}
/** Every zod issue as a ValidationIssue, unknown keys named one per issue. */
export function zodIssues(error, prefix = []) {
    const issues = [];
    for (const issue of error.issues) {
        const path = [...prefix, ...issue.path];
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys)
                issues.push({ path: formatPath([...path, key]), message: 'unknown field' });
        }
        else {
            issues.push({ path: formatPath(path), message: issue.message });
        }
    }
    return issues;
}
//# sourceMappingURL=zod-issues.js.map