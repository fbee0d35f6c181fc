import { homedir } from 'node:os';
import { join } from 'node:path';

/** `~` and `~/…` mean the admin's home directory, as in ssh_config (the README's own cluster file uses them). */
export function expandHome(path: string): string {
  return path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}

/** The path fields of the cluster file's ssh settings (spec.ssh and each host's). */
interface SshPaths {
  privateKeyFile?: string | undefined;
  knownHostsFile?: string | undefined;
}
const PATH_FIELDS = ['privateKeyFile', 'knownHostsFile'] as const;

/** The ssh settings with `~` expanded in every path field, so no reader of a path has to know about it. */
export function sshWithHome<S extends SshPaths>(ssh: S): S {
  const out = { ...ssh };
  for (const field of PATH_FIELDS) if (out[field] !== undefined) out[field] = expandHome(out[field]);
  return out;
}
