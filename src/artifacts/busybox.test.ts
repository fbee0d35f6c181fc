import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUSYBOX_CONFIG_EDITS, busyboxKey, editBusyboxConfig } from './busybox.js';

test('the config edits replace set and unset lines alike and append options defconfig does not mention', () => {
  const defconfig = ['# CONFIG_STATIC is not set', 'CONFIG_FEATURE_SYNC_FANCY=y', 'CONFIG_AR=y', 'CONFIG_LAST_SUPPORTED_WCHAR=767', 'CONFIG_TC=y', ''].join('\n');
  const edited = editBusyboxConfig(defconfig, BUSYBOX_CONFIG_EDITS).split('\n');
  assert.ok(edited.includes('CONFIG_STATIC=y'));
  assert.ok(edited.includes('# CONFIG_FEATURE_SYNC_FANCY is not set'));
  assert.ok(edited.includes('CONFIG_LAST_SUPPORTED_WCHAR=0'));
  assert.ok(edited.includes('CONFIG_TC=y'), 'options without an edit stay');
  assert.ok(edited.includes('CONFIG_FEATURE_AR_CREATE=y'), 'appended');
  assert.equal(edited.filter((l) => l.includes('CONFIG_STATIC')).length, 1);
  assert.equal(edited.at(-1), '', 'ends with one newline');
  assert.equal(edited.at(-2) === '', false);
});

test('an edit that leaves a line as it was changes nothing else', () => {
  assert.equal(editBusyboxConfig('CONFIG_A=y\n# CONFIG_B is not set\n', { CONFIG_A: 'y', CONFIG_B: false }), 'CONFIG_A=y\n# CONFIG_B is not set\n');
});

test('the cache key is stable and short', () => {
  assert.match(busyboxKey(), /^[0-9a-f]{12}$/);
  assert.equal(busyboxKey(), busyboxKey());
});
