import { type PkiInputs } from '../../kubeadm/pki/certlist.js';
import type { Host } from '../../transport/host.js';
/**
 * Every named certificate the host has ends at `since` + validity or later: it was renewed by this run. `paths`:
 * where a certificate is when not at kubeadm's path (etcd.external's certFile).
 */
export declare function renewedSince(host: Host, pki: PkiInputs, names: readonly string[], since: Date, paths?: Record<string, string>): Promise<boolean>;
/** Each of these static pods runs a container started at `since` or later. */
export declare function restartedSince(host: Host, components: readonly string[], since: Date): Promise<boolean>;
