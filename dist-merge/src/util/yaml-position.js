/** Where a YAML syntax error is (1-based line and column) and what it is, without the yaml package's excerpt. */
export function yamlSyntaxProblem(e) {
    const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { line: e.linePos?.[0]?.line, column: e.linePos?.[0]?.col, message: first };
}
/** "line 3, column 7" (or what is known of it). */
export function formatYamlPosition(p) {
    if (p.line === undefined)
        return 'unknown line';
    return p.column === undefined ? `line ${p.line}` : `line ${p.line}, column ${p.column}`;
}
//# sourceMappingURL=yaml-position.js.map