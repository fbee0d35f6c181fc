import type { z } from 'zod';
import type { ValidationIssue } from '../errors.js';

/** Renders a path like spec.hosts[2].address. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(root)';
}

/** Every zod issue as a ValidationIssue, unknown keys named one per issue. */
export function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: formatPath([...path, key]), message: 'unknown field' });
    } else {
      issues.push({ path: formatPath(path), message: issue.message });
    }
  }
  return issues;
}
