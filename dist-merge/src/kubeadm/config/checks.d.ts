import { type Cidr } from './net.js';
/**
 * Single-value checks. Each returns the problem as text, or undefined when the value is fine.
 * Limits are kubeadm's (constants.go, validation.go).
 */
export declare const TOKEN_PATTERN: RegExp;
export declare const BOOTSTRAP_GROUP_PATTERN: RegExp;
export declare const token: (v: string) => "not a bootstrap token: expected the form [a-z0-9]{6}.[a-z0-9]{16}" | undefined;
export declare const certificateKey: (v: string) => "must be 64 hexadecimal characters (a 32-byte AES key)" | undefined;
export declare const caCertHash: (v: string) => "must have the form sha256:<64 hexadecimal characters>" | undefined;
export declare const ip: (v: string) => "not a valid IP address" | undefined;
export declare const absolutePath: (v: string) => "must be an absolute path" | undefined;
export declare const duration: (v: string) => "not a duration (e.g. 30s, 4m0s, 24h)" | "must not be negative" | undefined;
export declare const rfc3339: (v: string) => "not an RFC 3339 time (e.g. 2030-01-02T15:04:05Z)" | undefined;
export declare const nodeName: (v: string) => "must be a lowercase RFC 1123 subdomain (a-z, 0-9, \"-\" and \".\", starting and ending alphanumeric, at most 253 characters)" | undefined;
export declare const dnsDomain: (v: string) => "must be a lowercase RFC 1123 subdomain (a-z, 0-9, \"-\" and \".\", starting and ending alphanumeric, at most 253 characters)" | undefined;
export declare const hostPort: (v: string) => string | undefined;
export declare const hostAndPort: (v: string) => string | undefined;
export declare const certSan: (v: string) => "not a valid IP address, DNS name or wildcard DNS name" | undefined;
export declare const imageRepository: (v: string) => "invalid image repository format" | undefined;
export declare const imageTag: (v: string) => "invalid image tag" | undefined;
export declare const criSocket: (v: string) => "must be a unix:// URL, e.g. unix:///var/run/containerd/containerd.sock" | undefined;
export declare const kubernetesVersion: (v: string) => "not a Kubernetes version (e.g. v1.37.2) or release label (stable, stable-1, latest-1.37)" | undefined;
export declare function url(v: string): string | undefined;
export declare function discoveryFile(v: string): string | undefined;
/** A comma-separated list of one CIDR, or two of different families (dual-stack). */
export declare function parseSubnets(v: string): {
    cidrs: Cidr[];
} | {
    error: string;
};
export declare function serviceSubnet(v: string): string | undefined;
export declare function podSubnet(v: string): string | undefined;
