import type { z } from 'zod';
import type { ValidationIssue } from '../errors.js';
/** Renders a path like spec.hosts[2].address. */
export declare function formatPath(path: readonly PropertyKey[]): string;
/** Every zod issue as a ValidationIssue, unknown keys named one per issue. */
export declare function zodIssues(error: z.ZodError, prefix?: readonly PropertyKey[]): ValidationIssue[];
