import type { Host } from '../transport/host.js';
import { type ClusterContext } from './context.js';
/**
 * Manual certificate distribution: exactly what the guide lists and nothing more; every other certificate
 * is generated on the joining host with its own SANs. etcd/ca.key only with stacked etcd.
 *
 * External etcd: etcd/ca.crt is then the etcd.external caFile, and the joining control plane also needs the
 * etcd.external certFile/keyFile (apiserver-etcd-client), as the guide's external-etcd note says and as
 * kubeadm's own join preflight requires without a certificate key. That client certificate carries no SANs,
 * so the first control plane's copy is valid on every control plane (kubeadm-certs shares it the same way).
 * kubeha's etcd.external paths are these standard ones (src/engines/kubeadm/config.ts).
 */
export declare function sharedCertFiles(topology: 'stacked' | 'external'): string[];
/** Host-specific files whose presence before a join means someone copied too much (wrong SANs). */
export declare const NODE_SPECIFIC_CERTS: string[];
/** Refuses, before anything is changed, a joining host that already holds node-specific certificates. */
export declare function refuseCopiedNodeCerts(host: Host, topology: 'stacked' | 'external'): Promise<void>;
/** Copies the shared files from the first control plane in one transfer, keys 0600, certificates 0644. */
export declare function copySharedCerts(from: Host, to: Host, topology: 'stacked' | 'external'): Promise<void>;
/**
 * Manual certificate distribution before a control-plane join: the node-specific certificates are refused
 * only before kubeha's join config exists on the host (after that, they are the ones an interrupted join of
 * this host made), then the shared files are copied from the first control plane.
 */
export declare function prepareSharedCerts(ctx: ClusterContext, host: Host): Promise<void>;
