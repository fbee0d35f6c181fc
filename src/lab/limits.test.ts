import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LAB_LIMITS } from './limits.js';

test('the lab asks for well above Debian’s inotify defaults, and more with more hosts', () => {
  const instances = LAB_LIMITS.find((l) => l.sysctl === 'fs.inotify.max_user_instances')!;
  assert.ok(instances.floor >= 8192 && instances.floor > 128);
  assert.ok(Math.max(instances.floor, instances.perHost * 200) > instances.floor);
});
