import type { YAMLError } from 'yaml';
/** Where a YAML syntax error is (1-based line and column) and what it is, without the yaml package's excerpt. */
export declare function yamlSyntaxProblem(e: YAMLError): {
    line: number | undefined;
    column: number | undefined;
    message: string;
};
/** "line 3, column 7" (or what is known of it). */
export declare function formatYamlPosition(p: {
    line: number | undefined;
    column: number | undefined;
}): string;
