/**
 * Times `ensureArtifacts` cold and warm and reports disk use and peak memory.
 * Cold: a fresh cache root (no artifacts, no build directories) — but Go's own build cache ($GOCACHE) and
 * module cache stay warm, so compiled packages and downloaded modules are reused; a truly cold machine needs
 * the full compile (~35 min for Kubernetes on 2 cores). Warm: the same call again on the finished entry.
 * Memory is the peak summed RSS of this process and all its descendants (go, compile, link, umoci), sampled
 * every 200 ms. Run: node dist/bench/artifacts.js
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureArtifacts } from '../src/artifacts/ensure.js';
import { cacheRoot } from '../src/artifacts/layout.js';
import { run } from '../src/util/process.js';
import { result } from './lib/result.js';
async function treeRssKb(rootPid) {
    const parents = new Map();
    const rss = new Map();
    for (const name of await readdir('/proc')) {
        if (!/^\d+$/.test(name))
            continue;
        const status = await readFile(`/proc/${name}/status`, 'utf8').catch(() => '');
        const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
        const vmrss = /^VmRSS:\s+(\d+)/m.exec(status)?.[1];
        if (ppid !== undefined)
            parents.set(Number(name), Number(ppid));
        if (vmrss !== undefined)
            rss.set(Number(name), Number(vmrss));
    }
    let total = 0;
    for (const pid of rss.keys()) {
        for (let p = pid; p !== undefined && p > 1; p = parents.get(p)) {
            if (p === rootPid) {
                total += rss.get(pid) ?? 0;
                break;
            }
        }
    }
    return total;
}
async function measure(fn) {
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
        while (sampling) {
            peak = Math.max(peak, await treeRssKb(process.pid));
            await new Promise((r) => setTimeout(r, 200));
        }
    })();
    const started = Date.now();
    try {
        const value = await fn();
        return { value, ms: Date.now() - started, peakMb: Math.round(peak / 1024) };
    }
    finally {
        sampling = false;
        await sampler;
    }
}
async function du(path) {
    return (await run(['du', '-sh', path])).stdout.split('\t')[0] ?? '?';
}
async function duMb(path) {
    return Number((await run(['du', '-sm', path])).stdout.split('\t')[0]);
}
const root = await mkdtemp(join(cacheRoot(), 'bench-'));
try {
    const cold = await measure(() => ensureArtifacts({ cacheRoot: root, releaseBaseUrl: null }));
    const warm = await measure(() => ensureArtifacts({ cacheRoot: root, releaseBaseUrl: null }));
    const set = cold.value;
    console.log(`kubernetes ${set.version}: ${set.images.length} images`);
    console.log(`cold ensure (empty cache root, warm GOCACHE): ${(cold.ms / 1000).toFixed(1)} s, peak RSS ${cold.peakMb} MiB`);
    console.log(`warm ensure (manifest verified):             ${(warm.ms / 1000).toFixed(1)} s, peak RSS ${warm.peakMb} MiB`);
    console.log(`disk: artifacts ${await du(set.dir)} (bin ${await du(set.binDir)}, images ${await du(set.imagesDir)}), build dirs ${await du(join(root, 'build'))}`);
    result('artifacts-cold-ensure-s', cold.ms / 1000, 'info', 1);
    result('artifacts-cold-peak-rss-mb', cold.peakMb, 'info', 0);
    result('artifacts-warm-ensure-s', warm.ms / 1000, 'info', 1);
    result('artifacts-warm-peak-rss-mb', warm.peakMb, 'info', 0);
    result('artifacts-disk-mb', await duMb(set.dir), 'info', 0);
}
finally {
    await rm(root, { recursive: true, force: true });
}
//# sourceMappingURL=artifacts.js.map