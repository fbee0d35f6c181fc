import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KubehaError } from '../errors.js';
import { type HostRole, LABS_ROOT, type LabSpec } from './constants.js';
import { identify, isAlive, type ProcessId } from './proc.js';

/**
 * The lab's record on disk (root-only). Written before each resource is made, so `destroy` can undo a
 * `create` that crashed half-way.
 */

export type HostStatus = 'planned' | 'network' | 'booting' | 'up';

export interface LabHostState {
  name: string;
  role: HostRole;
  address: string;
  netns: string;
  veth: { outside: string; inside: string };
  /** Backing directory of the host's own filesystem parts. */
  dir: string;
  status: HostStatus;
  /** The `unshare` process that holds the host's PID namespace (parent of pid1). */
  launcher?: ProcessId;
  /** The host's PID 1 (runsvdir) as seen from the root namespace. */
  pid1?: ProcessId;
  /** The host's SSH public key, `type base64`. */
  hostKey?: string;
}

export interface LabState {
  version: 2;
  name: string;
  spec: LabSpec;
  createdAt: string;
  phase: 'creating' | 'ready' | 'destroying';
  dir: string;
  clientKeyFile: string;
  clientPublicKey?: string;
  knownHostsFile: string;
  /** The read-only base root filesystem every host boots from (an overlay each). */
  base: string;
  hosts: LabHostState[];
}

export function labDir(name: string, root = LABS_ROOT): string {
  return join(root, name);
}

export function stateFile(dir: string): string {
  return join(dir, 'state.json');
}

export async function readState(name: string, root = LABS_ROOT): Promise<LabState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(labDir(name, root)), 'utf8')) as LabState;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KubehaError(`the lab state is unreadable: ${(err as Error).message}`, { doing: `reading lab ${name}` }, { cause: err });
  }
}

export async function writeState(state: LabState): Promise<void> {
  const file = stateFile(state.dir);
  await writeFile(`${file}.new`, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(`${file}.new`, file);
}

export async function listLabNames(root = LABS_ROOT): Promise<string[]> {
  try {
    const names: string[] = [];
    for (const entry of await readdir(root, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) names.push(entry.name);
    }
    return names.sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/**
 * A machine-wide lock around address allocation and the shared bridge. A lock left by a dead process
 * (checked by PID and start time) is taken over.
 */
export async function withLabsLock<T>(fn: () => Promise<T>, root = LABS_ROOT): Promise<T> {
  await mkdir(root, { recursive: true, mode: 0o700 });
  const lock = join(root, '.lock');
  const me = await identify(process.pid);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const fh = await open(lock, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
      await fh.writeFile(JSON.stringify(me));
      await fh.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: ProcessId | undefined;
      try {
        holder = JSON.parse(await readFile(lock, 'utf8')) as ProcessId;
      } catch {
        holder = undefined;
      }
      if (holder === undefined || holder === null || !(await isAlive(holder))) {
        // Partly written or stale: remove it unless it was just created by a live process.
        if (holder !== undefined && holder !== null) await rm(lock, { force: true });
        else await new Promise((r) => setTimeout(r, 20));
        if (holder === undefined || holder === null) {
          try {
            const again = JSON.parse(await readFile(lock, 'utf8')) as ProcessId | null;
            if (again === null || !(await isAlive(again))) await rm(lock, { force: true });
          } catch {
            await rm(lock, { force: true });
          }
        }
        continue;
      }
      if (Date.now() > deadline) {
        throw new KubehaError(`another kubeha process (PID ${holder.pid}) holds ${lock}`, { doing: 'locking the lab registry' });
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true });
  }
}
