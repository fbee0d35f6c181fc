import { homedir } from 'node:os';
import { join } from 'node:path';
/** `~` and `~/…` mean the admin's home directory, as in ssh_config (the README's own cluster file uses them). */
export function expandHome(path) {
    return path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}
const PATH_FIELDS = ['privateKeyFile', 'knownHostsFile'];
/** The ssh settings with `~` expanded in every path field, so no reader of a path has to know about it. */
export function sshWithHome(ssh) {
    const out = { ...ssh };
    for (const field of PATH_FIELDS)
        if (out[field] !== undefined)
            out[field] = expandHome(out[field]);
    return out;
}
//# sourceMappingURL=home-paths.js.map