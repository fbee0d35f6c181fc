import { readFile, writeFile } from 'node:fs/promises';
import { KubehaError } from '../errors.js';

/**
 * Machine-wide kernel limits that every lab host shares, and the least the lab needs of each. Measured: with
 * fs.inotify.max_user_instances at Debian's 128, two 6-host lab clusters on one machine left kube-proxy
 * crash-looping on "fsnotify watcher init: too many open files" (kind documents the same limit).
 * Per host: a kubelet, containerd and a handful of pods each hold a few inotify instances and many watches.
 */
export const LAB_LIMITS: readonly { sysctl: string; perHost: number; floor: number }[] = [
  { sysctl: 'fs.inotify.max_user_instances', perHost: 64, floor: 8192 },
  { sysctl: 'fs.inotify.max_user_watches', perHost: 8192, floor: 524288 },
  { sysctl: 'kernel.pid_max', perHost: 1024, floor: 65536 },
];

const path = (sysctl: string) => `/proc/sys/${sysctl.replace(/\./g, '/')}`;

export interface RaisedLimit {
  sysctl: string;
  from: number;
  to: number;
}

/**
 * Raises each limit to what `hosts` lab hosts need (never lowers one). Raising is safe: these bound what may be
 * used, and the lab needs root anyway. A limit that cannot be raised is refused with the exact sysctl to set.
 */
export async function ensureLabLimits(hosts: number): Promise<RaisedLimit[]> {
  const raised: RaisedLimit[] = [];
  for (const limit of LAB_LIMITS) {
    const file = path(limit.sysctl);
    const current = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (!Number.isFinite(current) || current === 0) continue;
    const wanted = Math.max(limit.floor, limit.perHost * hosts);
    if (current >= wanted) continue;
    try {
      await writeFile(file, `${wanted}\n`);
    } catch (err) {
      throw new KubehaError(`${limit.sysctl} is ${current}; the lab needs at least ${wanted}: sysctl -w ${limit.sysctl}=${wanted}`, { doing: 'checking the machine limits' }, { cause: err });
    }
    raised.push({ sysctl: limit.sysctl, from: current, to: wanted });
  }
  return raised;
}
