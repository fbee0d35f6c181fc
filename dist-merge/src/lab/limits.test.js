import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LAB_LIMITS, LAB_NOFILE, LAB_NOFILE_MIN, decideLimits, decideNofile, refusal } from './limits.js';
/** A machine where every limit is at the given value (or Debian 12's defaults). */
const debian = new Map([
    ['fs.inotify.max_user_instances', 128],
    ['fs.inotify.max_user_watches', 122_880],
    ['kernel.pid_max', 32_768],
    ['fs.file-max', 9_223_372_036_854_775_807],
    ['fs.nr_open', 1_048_576],
    ['net.netfilter.nf_conntrack_max', 262_144],
    ['net.ipv4.neigh.default.gc_thresh1', 128],
    ['net.ipv4.neigh.default.gc_thresh2', 512],
    ['net.ipv4.neigh.default.gc_thresh3', 1024],
]);
const by = (decisions, sysctl) => decisions.find((d) => d.sysctl === sysctl);
test('the lab asks for well above Debian’s inotify defaults, and more with more hosts', () => {
    const d = decideLimits(debian, 6);
    assert.deepEqual(by(d, 'fs.inotify.max_user_instances'), { sysctl: 'fs.inotify.max_user_instances', action: 'raise', current: 128, wanted: 8192 });
    const big = by(decideLimits(debian, 200), 'fs.inotify.max_user_instances');
    assert.ok(big.action === 'raise' && big.wanted > 8192);
});
test('54 hosts (1 LB, 3 control planes, 50 workers) raise the shared neighbour table past Debian’s 1024', () => {
    const d = decideLimits(debian, 54);
    const t3 = by(d, 'net.ipv4.neigh.default.gc_thresh3');
    const t2 = by(d, 'net.ipv4.neigh.default.gc_thresh2');
    assert.ok(t3.action === 'raise' && t2.action === 'raise');
    // every host's entry for every other one fits below gc_thresh2, and gc_thresh3 stays above gc_thresh2
    assert.ok(t2.wanted >= 54 * 53 && t3.wanted > t2.wanted);
    // a small lab keeps Debian's defaults
    assert.equal(by(decideLimits(debian, 6), 'net.ipv4.neigh.default.gc_thresh3').action, 'ok');
    assert.equal(by(d, 'net.ipv4.neigh.default.gc_thresh1').action, 'ok');
});
test('a limit is never lowered, and an absent one (conntrack not loaded) does not apply', () => {
    const high = new Map([...debian].map(([k]) => [k, 1e12]));
    assert.ok(decideLimits(high, 54).every((d) => d.action === 'ok'));
    const noConntrack = new Map(debian);
    noConntrack.set('net.netfilter.nf_conntrack_max', undefined);
    assert.equal(by(decideLimits(noConntrack, 54), 'net.netfilter.nf_conntrack_max').action, 'absent');
    const lowConntrack = new Map(debian);
    lowConntrack.set('net.netfilter.nf_conntrack_max', 65_536);
    // per host: each network namespace's count is held against it, so it does not grow with the hosts
    assert.deepEqual(by(decideLimits(lowConntrack, 54), 'net.netfilter.nf_conntrack_max'), by(decideLimits(lowConntrack, 6), 'net.netfilter.nf_conntrack_max'));
    assert.equal(by(decideLimits(lowConntrack, 6), 'net.netfilter.nf_conntrack_max').action, 'raise');
});
test('open files: the whole machine grows with the hosts; nr_open holds the hosts’ hard limit', () => {
    const low = new Map(debian);
    low.set('fs.file-max', 100_000);
    low.set('fs.nr_open', 524_288);
    const d = decideLimits(low, 54);
    assert.deepEqual(by(d, 'fs.file-max'), { sysctl: 'fs.file-max', action: 'raise', current: 100_000, wanted: 4096 * 54 });
    assert.deepEqual(by(d, 'fs.nr_open'), { sysctl: 'fs.nr_open', action: 'raise', current: 524_288, wanted: LAB_NOFILE.hard });
    assert.ok(LAB_NOFILE.soft <= LAB_NOFILE.hard);
});
test('beyond the kernel’s maximum the lab refuses, naming the exact sysctl -w', () => {
    const d = decideLimits(debian, 5000);
    const pid = by(d, 'kernel.pid_max');
    assert.equal(pid.action, 'refuse');
    const err = refusal(d, 5000);
    assert.ok(err);
    assert.match(err.message, /kernel\.pid_max is 32768, 5000 lab hosts need 5120000 .*: sysctl -w kernel\.pid_max=5120000/);
    assert.equal(refusal(decideLimits(debian, 54), 54), undefined);
});
test('every limit has a need that grows with the hosts or stays put, never shrinks', () => {
    for (const l of LAB_LIMITS)
        assert.ok(l.need(54) >= l.need(6), l.sysctl);
});
test('open files per process: refused only when too low and the lab cannot raise it', () => {
    assert.equal(decideNofile(20_000, false), undefined);
    assert.equal(decideNofile(1024, true), undefined);
    const err = decideNofile(1024, false);
    assert.ok(err);
    assert.match(err.message, new RegExp(`at most 1024 files .* at least ${LAB_NOFILE_MIN}: .*ulimit -Hn ${LAB_NOFILE.hard}`));
});
//# sourceMappingURL=limits.test.js.map