import { test } from 'node:test';
import assert from 'node:assert/strict';
import { longestGap } from './drill.js';
import { renderDrill } from '../cli/render-drill.js';
test('the longest gap counts from the failure to the first success, between successes, and to the end', () => {
    const ok = (at, ms = 10) => ({ at, ms, ok: true });
    const results = [ok(0), ok(100), { at: 150, ms: 5, ok: false, why: 'ECONNRESET' }, ok(900), ok(1000)];
    assert.equal(longestGap(results, 100, 1200), 800);
    assert.equal(longestGap(results, 1500, 1700), 200, 'no success in the window: all of it');
});
test('the drill table names every victim and what exceeded a threshold', () => {
    const report = {
        cluster: 'lab',
        at: '2026-12-01T00:00:00.000Z',
        rate: 20,
        power: 'lab host powered off',
        thresholds: { failedAfter: 0, leaderMs: 2000, vipMs: 1000, vipFailedPercent: 1 },
        passed: false,
        victims: [
            { victim: 'cp1', role: 'control-plane', requests: 400, failed: 2, failedInFlight: 2, failedAfter: 0, longestGapMs: 180, ledEtcd: true, etcdLeaderMs: 1210, recoveredMs: 41000, reasons: { timeout: 2 }, exceeded: [] },
            { victim: 'lb1', role: 'load-balancer', requests: 400, failed: 9, failedInFlight: 3, failedAfter: 6, longestGapMs: 1300, heldVip: true, vipMs: 1400, recoveredMs: 3000, reasons: { ECONNRESET: 9 }, exceeded: ['VIP moved after 1400 ms (at most 1000 ms)'] },
        ],
    };
    const text = renderDrill(report);
    assert.match(text, /cp1\s+control-plane\s+400\s+2\s+2\s+0\s+180 ms\s+1210 ms/);
    assert.match(text, /why requests failed:\n  cp1: timeout ×2\n  lb1: ECONNRESET ×9/);
    assert.match(text, /thresholds exceeded:\n  lb1: VIP moved after 1400 ms/);
});
//# sourceMappingURL=drill.test.js.map