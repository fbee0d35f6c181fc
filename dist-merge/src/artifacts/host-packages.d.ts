import { type EventSink } from '../events.js';
/** The Debian packages this machine needs to build the artifacts and run the lab. */
export declare const HOST_PACKAGES: readonly ["containerd", "runc", "containernetworking-plugins", "haproxy", "keepalived", "openssh-server", "openssh-client", "umoci", "skopeo", "iptables", "conntrack", "runit", "nftables", "ebtables", "netcat-openbsd", "socat", "busybox-static", "openssl", "iproute2", "kmod", "procps", "util-linux", "mmdebstrap", "gcc", "libc6-dev"];
/** invoke-rc.d asks this before starting a service; 101 means "no": package scripts start no daemons. */
export declare const POLICY_RC_D = "/usr/sbin/policy-rc.d";
/** Which packages of `wanted` dpkg-query does not report as installed ("<name> <status>" lines). */
export declare function missingPackages(wanted: readonly string[], dpkgQueryOutput: string): string[];
export declare function findMissingPackages(packages?: readonly string[]): Promise<string[]>;
/**
 * Installs whatever of HOST_PACKAGES is missing. A no-op (one dpkg-query) when all are present. Returns the
 * packages it installed.
 */
export declare function installHostPackages(options?: {
    emit?: EventSink;
    packages?: readonly string[];
}): Promise<string[]>;
