import { readdir, readFile, stat } from 'node:fs/promises';
import { pollUntil } from '../util/wait.js';
async function readStat(pid) {
    let text;
    try {
        text = await readFile(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0], ppid: Number(rest[1]), start: Number(rest[19]) };
}
/** The identity of a live (not zombie) process, or undefined. */
export async function identify(pid) {
    const s = await readStat(pid);
    if (s === undefined || s.state === 'Z' || s.state === 'X')
        return undefined;
    return { pid, start: s.start };
}
/** True when the recorded process still runs (same PID, same start time, not a zombie). */
export async function isAlive(id) {
    const now = await identify(id.pid);
    return now !== undefined && now.start === id.start;
}
export async function childrenOf(pid) {
    try {
        const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
        return text.trim() === '' ? [] : text.trim().split(/\s+/).map(Number);
    }
    catch {
        return [];
    }
}
/** Live processes whose network namespace is the one bound at nsPath (e.g. /run/netns/x). */
export async function processesInNetns(nsPath) {
    let target;
    try {
        target = await stat(nsPath);
    }
    catch {
        return [];
    }
    const out = [];
    for (const entry of await readdir('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const ns = await stat(`/proc/${entry}/ns/net`);
            if (ns.ino === target.ino && ns.dev === target.dev && (await identify(Number(entry))) !== undefined)
                out.push(Number(entry));
        }
        catch {
            // exited meanwhile, or a kernel thread
        }
    }
    return out;
}
/** SIGKILLs a recorded process if it is still the same one, and waits until it is gone. */
export async function killAndWait(id, timeoutMs = 10_000) {
    if (!(await isAlive(id)))
        return true;
    try {
        process.kill(id.pid, 'SIGKILL');
    }
    catch {
        return true;
    }
    return pollUntil(async () => !(await isAlive(id)), timeoutMs);
}
//# sourceMappingURL=proc.js.map