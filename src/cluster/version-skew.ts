import type { ValidationIssue } from '../errors.js';

/**
 * Kubernetes' version skew policy, as an upgrade must respect it (kubernetes.io/releases/version-skew-policy):
 * the control plane moves one minor at a time and never down; a kubelet may be up to three minors older than
 * the apiserver, never newer.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export function parseVersion(text: string): Version | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export const KUBELET_MAX_MINORS_BEHIND = 3;

export interface RunningVersions {
  /** Per control plane: the version its kube-apiserver (and the other static pods) run. */
  controlPlanes: { name: string; version: string }[];
  /** Per node: the version its kubelet reports. */
  kubelets: { name: string; version: string }[];
}

/** What forbids upgrading to `target` from what runs now; empty when the upgrade (or its resumption) is allowed. */
export function skewIssues(targetText: string, running: RunningVersions): ValidationIssue[] {
  const target = parseVersion(targetText);
  if (!target) return [{ path: '--to', message: `must look like v1.37.2, got ${targetText}` }];
  const issues: ValidationIssue[] = [];
  const check = (path: string, text: string, minorsBehind: number, what: string) => {
    const v = parseVersion(text);
    if (!v) return issues.push({ path, message: `runs ${text}, which is not a version kubeha understands` });
    if (compareVersions(v, target) > 0) return issues.push({ path, message: `runs ${text}, newer than ${targetText}: kubeha does not downgrade` });
    if (v.major !== target.major || target.minor - v.minor > minorsBehind) {
      return issues.push({ path, message: `runs ${text}: ${what}` });
    }
    return undefined;
  };
  for (const cp of running.controlPlanes) check(`control plane ${cp.name}`, cp.version, 1, `the control plane moves one minor at a time; upgrade to v${target.major}.${target.minor - 1} first`);
  for (const k of running.kubelets) {
    check(`kubelet on ${k.name}`, k.version, KUBELET_MAX_MINORS_BEHIND, `a kubelet may be at most ${KUBELET_MAX_MINORS_BEHIND} minors older than the control plane`);
  }
  return issues;
}
