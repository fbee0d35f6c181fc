import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { HOST_PATH, PRODUCT_UUID_TARGETS, SERVICE_DIR } from './host-files.js';

/**
 * Powers a host on: inside the host's network namespace, new UTS, mount and PID namespaces whose PID 1
 * first arranges the host's filesystem view and then becomes runit's runsvdir (it reaps orphans and
 * supervises the services). Killing that PID 1 takes the whole host down at once.
 *
 * The script is a constant; everything variable travels as environment or positional arguments.
 */
const BOOT_SCRIPT = `set -eu
hostname "$KH_HOST"
# A sysfs for this network namespace; /sys/fs/cgroup (cgroup v1 here) is carried over, since
# unmounting /sys also hides it.
mount --rbind /sys/fs/cgroup "$KH_DIR/mnt/cgroup"
umount -l /sys
mount -t sysfs -o nosuid,nodev,noexec sysfs /sys
mount --move "$KH_DIR/mnt/cgroup" /sys/fs/cgroup
mount -t proc -o nosuid,nodev,noexec proc /proc
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /run
mkdir -p /run/sshd /run/lock
while [ "$#" -ge 2 ]; do
  mount --bind "$1" "$2"
  shift 2
done
for t in $KH_UUID_TARGETS; do
  if [ -e "$t" ]; then mount --bind /etc/kubeha/product_uuid "$t"; fi
done
# Like kind: mounts made on the host (kubelet volumes) propagate to its containers. The namespace was
# made private first, so nothing reaches the machine.
mount --make-rshared /
exec runsvdir -P "$SVDIR"
`;

export interface BootRequest {
  host: string;
  netns: string;
  /** The host's backing directory (holds mnt/cgroup and boot.log). */
  dir: string;
  /** Bind mounts, in order: [source on the machine, target inside the host]. */
  binds: readonly (readonly [string, string])[];
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
          KH_UUID_TARGETS: PRODUCT_UUID_TARGETS.join(' '),
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
