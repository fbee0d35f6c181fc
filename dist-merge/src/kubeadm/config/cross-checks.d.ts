import type { ValidationIssue } from '../../errors.js';
import { type Cidr } from './net.js';
/**
 * Rules that relate several fields. They read the raw documents defensively (the shape may itself be
 * wrong, and those errors are reported by the schema), so all problems come out in one pass.
 */
type Obj = Record<string, unknown>;
export declare function checkCluster(doc: Obj, at: string, warnings: ValidationIssue[]): ValidationIssue[];
/**
 * kubeadm's ValidatePodSubnetNodeMask: unless the controller manager allocates no node CIDRs, each pod subnet must
 * hold at least one node subnet (node-cidr-mask-size-ipv4, default /24; -ipv6, default /64) and at most 2^16.
 */
export declare function podSubnetNodeMaskProblems(cidrs: readonly Cidr[], clusterConfiguration: unknown): string[];
export declare function checkInit(doc: Obj, at: string): ValidationIssue[];
export declare function checkJoin(doc: Obj, at: string): ValidationIssue[];
export {};
