import { type EventSink } from '../events.js';
/**
 * Debian 12 for hosts, from Debian's packages, cached:
 * - the base: the smallest Debian a host may be (minbase, an SSH server, a service manager for the lab), a
 *   root filesystem made once by mmdebstrap; lab hosts boot from it (an overlay each), so a lab host holds
 *   exactly what the lab or kubeha put there, never what this machine has;
 * - the host packages: what host preparation installs, per role, as the .deb files that the base lacks
 *   (dependencies resolved by apt against the base's dpkg status), so hosts need no network.
 */
export declare const DEBIAN_SUITE = "bookworm";
/** The base. runit stands in for systemd on lab hosts; sudo is there because real machines have it. */
export declare const BASE_PACKAGES: readonly ["openssh-server", "runit", "iproute2", "procps", "kmod", "ca-certificates", "sudo"];
export type PreparedRole = 'node' | 'load-balancer';
/** Installed by host preparation. `node`: control planes, workers and etcd hosts (all run a kubelet). */
export declare const ROLE_PACKAGES: Readonly<Record<PreparedRole, readonly string[]>>;
export interface DebianSet {
    dir: string;
    /** The base root filesystem (read-only lower layer of every lab host). */
    rootfs: string;
    /** Per role, the .deb files to install on a base host. */
    debs: Record<PreparedRole, string[]>;
}
export interface EnsureDebianOptions {
    emit?: EventSink;
    cacheRoot?: string;
}
/**
 * The base and the host packages, built when missing (about a minute, most of it mmdebstrap), then reused.
 * Built under a staging name and renamed into place with a `complete` stamp written last.
 */
export declare function ensureDebian(options?: EnsureDebianOptions): Promise<DebianSet>;
