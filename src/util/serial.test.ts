import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serial } from './serial.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('serial: one at a time, in order; a failure is the caller\'s and the next one still runs', async () => {
  const one = serial();
  const log: string[] = [];
  let inside = 0;
  let peak = 0;
  const job = (name: string, ms: number, fail = false) =>
    one(async () => {
      inside += 1;
      peak = Math.max(peak, inside);
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
      inside -= 1;
      if (fail) throw new Error(`${name} failed`);
      return name;
    });
  const results = await Promise.allSettled([job('a', 20), job('b', 1, true), job('c', 5)]);
  assert.equal(peak, 1);
  assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  assert.deepEqual(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)), ['a', 'b failed', 'c']);
});
