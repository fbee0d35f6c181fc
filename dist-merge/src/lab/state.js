import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KubehaError } from '../errors.js';
import { LABS_ROOT } from './constants.js';
import { identify, isAlive } from './proc.js';
export function labDir(name, root = LABS_ROOT) {
    return join(root, name);
}
export function stateFile(dir) {
    return join(dir, 'state.json');
}
export async function readState(name, root = LABS_ROOT) {
    try {
        return JSON.parse(await readFile(stateFile(labDir(name, root)), 'utf8'));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new KubehaError(`the lab state is unreadable: ${err.message}`, { doing: `reading lab ${name}` }, { cause: err });
    }
}
export async function writeState(state) {
    const file = stateFile(state.dir);
    await writeFile(`${file}.new`, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    await rename(`${file}.new`, file);
}
export async function listLabNames(root = LABS_ROOT) {
    try {
        const names = [];
        for (const entry of await readdir(root, { withFileTypes: true })) {
            if (entry.isDirectory() && !entry.name.startsWith('.'))
                names.push(entry.name);
        }
        return names.sort();
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
}
/**
 * A machine-wide lock around address allocation and the shared bridge. A lock left by a dead process
 * (checked by PID and start time) is taken over.
 */
export async function withLabsLock(fn, root = LABS_ROOT) {
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
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            let holder;
            try {
                holder = JSON.parse(await readFile(lock, 'utf8'));
            }
            catch {
                holder = undefined;
            }
            if (holder === undefined || holder === null || !(await isAlive(holder))) {
                // Partly written or stale: remove it unless it was just created by a live process.
                if (holder !== undefined && holder !== null)
                    await rm(lock, { force: true });
                else
                    await new Promise((r) => setTimeout(r, 20));
                if (holder === undefined || holder === null) {
                    try {
                        const again = JSON.parse(await readFile(lock, 'utf8'));
                        if (again === null || !(await isAlive(again)))
                            await rm(lock, { force: true });
                    }
                    catch {
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
    }
    finally {
        await rm(lock, { force: true });
    }
}
//# sourceMappingURL=state.js.map