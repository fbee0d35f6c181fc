import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { HOST_PATH, PRODUCT_UUID_TARGETS, SERVICE_DIR } from './host-files.js';
import { LAB_NOFILE } from './limits.js';

/**
 * Powers a host on: inside the host's network namespace, new UTS, mount and PID namespaces whose PID 1
 * mounts the host's own root filesystem (an overlay: the shared Debian base below, the host's own layer
 * above), pivots into it so that nothing of this machine's root filesystem stays visible, and becomes
 * runit's runsvdir (it reaps orphans and supervises the services). Killing that PID 1 takes the whole host
 * down at once, and its mount namespace (overlay included) with it: nothing is mounted on the machine.
 *
 * The script is a constant; everything variable travels as environment or positional arguments.
 */
const BOOT_SCRIPT = `set -eu
# Into the host's cgroups first: everything the host runs inherits them (its CPU weight, its CPU time).
for g in $KH_CGROUPS; do echo $$ > "$g/cgroup.procs"; done
# Open files (LAB_NOFILE): above the launcher's hard limit only with CAP_SYS_RESOURCE, else up to it.
ulimit -H -n "$KH_NOFILE_HARD" 2>/dev/null || true
soft=$(ulimit -H -n)
if [ "$soft" -gt "$KH_NOFILE_SOFT" ]; then soft=$KH_NOFILE_SOFT; fi
ulimit -S -n "$soft"
hostname "$KH_HOST"
root="$KH_DIR/root"
mount -t overlay overlay -o "lowerdir=$KH_BASE,upperdir=$KH_DIR/upper,workdir=$KH_DIR/work" "$root"
mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
# sysfs of this network namespace; the cgroup v1 hierarchies are the machine's.
mount -t sysfs -o nosuid,nodev,noexec sysfs "$root/sys"
mount --rbind /sys/fs/cgroup "$root/sys/fs/cgroup"
# A /dev of its own with the few devices a machine's services use.
mount -t tmpfs -o mode=0755,nosuid tmpfs "$root/dev"
for d in null zero full random urandom tty kmsg; do
  touch "$root/dev/$d"
  mount --bind "/dev/$d" "$root/dev/$d"
done
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$root/dev/pts"
ln -s pts/ptmx "$root/dev/ptmx"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
ln -s /proc/self/fd "$root/dev/fd"
ln -s /proc/self/fd/0 "$root/dev/stdin"
ln -s /proc/self/fd/1 "$root/dev/stdout"
ln -s /proc/self/fd/2 "$root/dev/stderr"
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs "$root/run"
mkdir -p "$root/run/sshd" "$root/run/lock"
while [ "$#" -ge 3 ]; do
  mkdir -p "$root$2"
  mount --bind "$1" "$root$2"
  if [ "$3" = ro ]; then mount -o remount,bind,ro "$root$2"; fi
  shift 3
done
for t in $KH_UUID_TARGETS; do
  if [ -e "$root$t" ]; then mount --bind "$root/etc/kubeha/product_uuid" "$root$t"; fi
done
cd "$root"
mkdir -p .oldroot
pivot_root . .oldroot
cd /
umount -l /.oldroot
rmdir /.oldroot
# Like kind: mounts made on the host (kubelet volumes) propagate to its containers. The namespace was
# made private first, so nothing reaches the machine.
mount --make-rshared /
exec runsvdir -P "$SVDIR"
`;

export interface BootRequest {
  host: string;
  netns: string;
  /** The host's backing directory (holds upper/, work/, root/ and boot.log). */
  dir: string;
  /** The read-only base root filesystem (the overlay's lower layer). */
  base: string;
  /** Bind mounts, in order: [source on the machine, target inside the host, read-write or read-only]. */
  binds: readonly (readonly [string, string, 'rw' | 'ro'])[];
  /** The cgroups (directories of v1 hierarchies, without spaces) the host runs in. */
  cgroups: readonly string[];
}

/** Starts the host and returns the launcher's PID (the `unshare` whose only child is the host's PID 1). */
export function bootHost(req: BootRequest): number {
  const log = openSync(`${req.dir}/boot.log`, 'a', 0o600);
  try {
    const child = spawn(
      'nsenter',
      [
        `--net=/run/netns/${req.netns}`,
        '--',
        'unshare',
        '--uts',
        '--mount',
        '--pid',
        '--fork',
        '--propagation',
        'private',
        '--',
        'sh',
        '-c',
        BOOT_SCRIPT,
        'kubeha-boot',
        ...req.binds.flat(),
      ],
      {
        detached: true,
        stdio: ['ignore', log, log],
        env: {
          PATH: HOST_PATH,
          HOME: '/root',
          LANG: 'C.UTF-8',
          SVDIR: SERVICE_DIR,
          KH_HOST: req.host,
          KH_DIR: req.dir,
          KH_BASE: req.base,
          KH_CGROUPS: req.cgroups.join(' '),
          KH_UUID_TARGETS: PRODUCT_UUID_TARGETS.join(' '),
          KH_NOFILE_SOFT: String(LAB_NOFILE.soft),
          KH_NOFILE_HARD: String(LAB_NOFILE.hard),
        },
      },
    );
    child.on('error', () => {});
    child.unref();
    if (child.pid === undefined) throw new Error('nsenter did not start');
    return child.pid;
  } finally {
    closeSync(log);
  }
}
