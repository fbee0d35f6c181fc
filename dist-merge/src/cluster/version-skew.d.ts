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
export declare function parseVersion(text: string): Version | undefined;
export declare function compareVersions(a: Version, b: Version): number;
export declare const KUBELET_MAX_MINORS_BEHIND = 3;
export interface RunningVersions {
    /** Per control plane: the version its kube-apiserver (and the other static pods) run. */
    controlPlanes: {
        name: string;
        version: string;
    }[];
    /** Per node: the version its kubelet reports. */
    kubelets: {
        name: string;
        version: string;
    }[];
}
/** What forbids upgrading to `target` from what runs now; empty when the upgrade (or its resumption) is allowed. */
export declare function skewIssues(targetText: string, running: RunningVersions): ValidationIssue[];
