import { KubehaError } from '../errors.js';
/**
 * The RLIMIT_NOFILE every lab host's processes start with (set by the boot script, inherited by runit and all it
 * starts): soft 65536, hard 1048576, as a systemd machine gives containerd (LimitNOFILE=infinity is fs.nr_open,
 * 1048576 by default). Go programs (containerd, kubelet, etcd, the apiserver) raise their soft limit to the hard
 * one themselves; C programs such as haproxy size their tables from the soft limit, so it stays moderate.
 * Without it a host inherited whatever the shell that created the lab had (1024 in a login shell). Measured on
 * the lab: a control plane's processes hold ~500 descriptors together, the apiserver ~100 with 2 workers.
 */
export declare const LAB_NOFILE: {
    readonly soft: 65536;
    readonly hard: 1048576;
};
/**
 * The fewest open files the lab accepts for its hosts' processes, when it cannot raise the limit itself (no
 * CAP_SYS_RESOURCE, as in a container: the boot script then keeps the launcher's hard limit). With 50 workers the
 * load balancer's haproxy proxies ~150 long-lived connections (each worker's kubelet, kube-proxy and flannel),
 * two descriptors each; 8192 leaves a wide margin, 1024 (a login shell's soft limit) does not.
 */
export declare const LAB_NOFILE_MIN = 8192;
/** Pure: refuse when the hosts would get fewer than LAB_NOFILE_MIN open files and the lab cannot raise that. */
export declare function decideNofile(hard: number, canRaise: boolean): KubehaError | undefined;
/** A kernel limit the lab depends on, and what `hosts` lab hosts (all labs of the machine together) need of it. */
export interface LabLimit {
    sysctl: string;
    need: (hosts: number) => number;
    /**
     * The most the lab sets without asking: above it raising is refused with the command to run (the kernel's own
     * maximum, or what costs real memory when it fills up).
     */
    safeMax?: number;
    /** Why the lab needs it: the refusal says so. */
    why: string;
}
/**
 * Measured on this lab: a control plane with its static pods holds ~21 inotify instances (kubelet 7, apiserver
 * 6), a worker ~8; these limits are per user, and every lab host's processes are root, so they add up over all
 * hosts. With fs.inotify.max_user_instances at Debian's 128, two 6-host lab clusters left kube-proxy
 * crash-looping on "fsnotify watcher init: too many open files" (kind documents the same limit); 20 workers
 * left cp3's kubelet crash-looping on "inotify_init: too many open files".
 *
 * The neighbour (ARP) table is one table for the whole machine: gc_thresh1/2/3 exist only in the initial network
 * namespace (/proc/sys/net/ipv4/neigh/default/ has no gc_thresh* inside a host's namespace, kernel 6.18), and the
 * entries of every namespace count against them. All lab hosts share one /24 on the bridge, so each host may
 * hold an entry for every other host on its eth0, the bridge's side one per host, and each node's cni0 one per
 * pod on it (flannel's VXLAN neighbours are permanent and not counted). Above gc_thresh3 the kernel drops new
 * entries ("neighbour table overflow") and hosts stop reaching each other.
 *
 * Connection tracking: nf_conntrack_max is read-only inside a host's namespace (the lab's kube-proxy is told
 * not to set it, conntrack.maxPerCore 0), and each namespace's own count is held against it, so a host needs
 * what kube-proxy would have set on a real node (its minimum, 131072) regardless of how many hosts there are.
 * Measured: ~630 entries on a busy control plane. Each entry costs ~320 bytes only when used.
 */
export declare const LAB_LIMITS: readonly LabLimit[];
export interface RaisedLimit {
    sysctl: string;
    from: number;
    to: number;
}
/** What to do about one limit: nothing, raise it, or refuse (with the command that would raise it). */
export type LimitDecision = {
    sysctl: string;
    action: 'ok' | 'absent';
    current?: number;
} | {
    sysctl: string;
    action: 'raise';
    current: number;
    wanted: number;
} | {
    sysctl: string;
    action: 'refuse';
    current: number;
    wanted: number;
    command: string;
    why: string;
};
/**
 * Pure: what `hosts` lab hosts need of each limit, given the machine's current values (undefined: the sysctl is
 * absent, e.g. conntrack not loaded yet, and does not apply). Never lowers a limit.
 */
export declare function decideLimits(current: ReadonlyMap<string, number | undefined>, hosts: number, limits?: readonly LabLimit[]): LimitDecision[];
/** The refusals as one error: each limit, its value, what the lab needs and the exact command. */
export declare function refusal(decisions: readonly LimitDecision[], hosts: number): KubehaError | undefined;
/**
 * Raises each limit to what `hosts` lab hosts need (never lowers one). Raising is safe: these bound what may be
 * used, and the lab needs root anyway. A limit that cannot or should not be raised here (read-only /proc/sys,
 * beyond the kernel's maximum) is refused, before any host exists, with the exact sysctl to set.
 */
export declare function ensureLabLimits(hosts: number): Promise<RaisedLimit[]>;
