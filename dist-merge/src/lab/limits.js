import { readFile, writeFile } from 'node:fs/promises';
import { KubehaError } from '../errors.js';
/**
 * The RLIMIT_NOFILE every lab host's processes start with (set by the boot script, inherited by runit and all it
 * starts): soft 65536, hard 1048576, as a systemd machine gives containerd (LimitNOFILE=infinity is fs.nr_open,
 * 1048576 by default). Go programs (containerd, kubelet, etcd, the apiserver) raise their soft limit to the hard
 * one themselves; C programs such as haproxy size their tables from the soft limit, so it stays moderate.
 * Without it a host inherited whatever the shell that created the lab had (1024 in a login shell). Measured on
 * the lab: a control plane's processes hold ~500 descriptors together, the apiserver ~100 with 2 workers.
 */
export const LAB_NOFILE = { soft: 65_536, hard: 1_048_576 };
/**
 * The fewest open files the lab accepts for its hosts' processes, when it cannot raise the limit itself (no
 * CAP_SYS_RESOURCE, as in a container: the boot script then keeps the launcher's hard limit). With 50 workers the
 * load balancer's haproxy proxies ~150 long-lived connections (each worker's kubelet, kube-proxy and flannel),
 * two descriptors each; 8192 leaves a wide margin, 1024 (a login shell's soft limit) does not.
 */
export const LAB_NOFILE_MIN = 8192;
/** Pure: refuse when the hosts would get fewer than LAB_NOFILE_MIN open files and the lab cannot raise that. */
export function decideNofile(hard, canRaise) {
    if (canRaise || hard >= LAB_NOFILE_MIN)
        return undefined;
    return new KubehaError(`the lab's processes may open at most ${hard} files (RLIMIT_NOFILE hard limit) and it may not raise that (no CAP_SYS_RESOURCE); lab hosts need at least ${LAB_NOFILE_MIN}: run it from a shell after ulimit -Hn ${LAB_NOFILE.hard}`, { doing: 'checking the machine limits' });
}
/** This process's hard RLIMIT_NOFILE and whether it holds CAP_SYS_RESOURCE (bit 24), from /proc/self. */
async function ownNofile() {
    const limits = await readFile('/proc/self/limits', 'utf8');
    const line = limits.split('\n').find((l) => l.startsWith('Max open files'));
    const hard = Number(line?.split(/\s+/)[4]);
    const status = await readFile('/proc/self/status', 'utf8');
    const capEff = BigInt(`0x${/^CapEff:\s*([0-9a-f]+)/m.exec(status)?.[1] ?? '0'}`);
    return { hard: Number.isFinite(hard) ? hard : LAB_NOFILE.hard, canRaise: (capEff & (1n << 24n)) !== 0n };
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
export const LAB_LIMITS = [
    { sysctl: 'fs.inotify.max_user_instances', need: (h) => Math.max(8192, 64 * h), why: 'inotify instances, per user: every lab host’s kubelet, containerd and pods' },
    { sysctl: 'fs.inotify.max_user_watches', need: (h) => Math.max(524_288, 8192 * h), why: 'inotify watches, per user, all lab hosts together' },
    // PID_MAX_LIMIT on 64-bit: the kernel refuses more. Each host's threads take PIDs of the machine too.
    { sysctl: 'kernel.pid_max', need: (h) => Math.max(65_536, 1024 * h), safeMax: 4_194_304, why: 'PIDs and threads of all lab hosts' },
    // Open files of the whole machine: ~500 measured on a control plane's processes, 4096 leaves room for pods.
    { sysctl: 'fs.file-max', need: (h) => Math.max(65_536, 4096 * h), why: 'open files of all lab hosts together' },
    // The most any process may set its RLIMIT_NOFILE to: the hosts start with LAB_NOFILE.hard.
    { sysctl: 'fs.nr_open', need: () => LAB_NOFILE.hard, why: 'the open-file limit the lab gives its hosts’ processes' },
    { sysctl: 'net.netfilter.nf_conntrack_max', need: () => 131_072, why: 'tracked connections per lab host (what kube-proxy sets on a real node)' },
    { sysctl: 'net.ipv4.neigh.default.gc_thresh1', need: () => 128, why: 'neighbour entries kept without garbage collection' },
    { sysctl: 'net.ipv4.neigh.default.gc_thresh2', need: (h) => Math.max(512, neighbours(h)), why: 'neighbour entries of all lab hosts, one table for the machine' },
    { sysctl: 'net.ipv4.neigh.default.gc_thresh3', need: (h) => Math.max(1024, 2 * neighbours(h)), why: 'neighbour entries of all lab hosts, one table for the machine' },
];
/** Every host's entry for every other host, the bridge's entry per host, and ~8 pods' entries per host. */
function neighbours(hosts) {
    return hosts * (hosts - 1) + hosts + 8 * hosts;
}
const path = (sysctl) => `/proc/sys/${sysctl.replace(/\./g, '/')}`;
/**
 * Pure: what `hosts` lab hosts need of each limit, given the machine's current values (undefined: the sysctl is
 * absent, e.g. conntrack not loaded yet, and does not apply). Never lowers a limit.
 */
export function decideLimits(current, hosts, limits = LAB_LIMITS) {
    return limits.map((limit) => {
        const value = current.get(limit.sysctl);
        if (value === undefined || !Number.isFinite(value))
            return { sysctl: limit.sysctl, action: 'absent' };
        const wanted = limit.need(hosts);
        if (value >= wanted)
            return { sysctl: limit.sysctl, action: 'ok', current: value };
        if (limit.safeMax !== undefined && wanted > limit.safeMax) {
            return { sysctl: limit.sysctl, action: 'refuse', current: value, wanted, command: `sysctl -w ${limit.sysctl}=${wanted}`, why: `${limit.why}; above ${limit.safeMax}, the most the lab sets itself` };
        }
        return { sysctl: limit.sysctl, action: 'raise', current: value, wanted };
    });
}
/** The refusals as one error: each limit, its value, what the lab needs and the exact command. */
export function refusal(decisions, hosts) {
    const refused = decisions.filter((d) => d.action === 'refuse');
    if (refused.length === 0)
        return undefined;
    const each = refused.map((d) => `${d.sysctl} is ${d.current}, ${hosts} lab hosts need ${d.wanted} (${d.why}): ${d.command}`);
    return new KubehaError(each.join('; '), { doing: 'checking the machine limits' });
}
async function readSysctl(sysctl) {
    const text = await readFile(path(sysctl), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const n = Number(text.trim());
    return Number.isFinite(n) ? n : undefined;
}
/**
 * Raises each limit to what `hosts` lab hosts need (never lowers one). Raising is safe: these bound what may be
 * used, and the lab needs root anyway. A limit that cannot or should not be raised here (read-only /proc/sys,
 * beyond the kernel's maximum) is refused, before any host exists, with the exact sysctl to set.
 */
export async function ensureLabLimits(hosts) {
    const current = new Map();
    for (const limit of LAB_LIMITS)
        current.set(limit.sysctl, await readSysctl(limit.sysctl));
    const own = await ownNofile();
    const nofile = decideNofile(own.hard, own.canRaise);
    if (nofile)
        throw nofile;
    const decisions = decideLimits(current, hosts);
    const refused = refusal(decisions, hosts);
    if (refused)
        throw refused;
    const raised = [];
    const failed = [];
    for (const d of decisions) {
        if (d.action !== 'raise')
            continue;
        try {
            await writeFile(path(d.sysctl), `${d.wanted}\n`);
            raised.push({ sysctl: d.sysctl, from: d.current, to: d.wanted });
        }
        catch {
            const why = LAB_LIMITS.find((l) => l.sysctl === d.sysctl).why;
            failed.push({ ...d, action: 'refuse', command: `sysctl -w ${d.sysctl}=${d.wanted}`, why: `${why}; it could not be raised here` });
        }
    }
    const cannot = refusal(failed, hosts);
    if (cannot)
        throw cannot;
    return raised;
}
//# sourceMappingURL=limits.js.map