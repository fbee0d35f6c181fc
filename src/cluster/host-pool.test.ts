import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { expandHome } from './host-pool.js';

test('key and known_hosts paths: ~ is the home directory, other paths stay', () => {
  assert.equal(expandHome('~/.ssh/id_ed25519'), join(homedir(), '.ssh', 'id_ed25519'));
  assert.equal(expandHome('~'), homedir());
  assert.equal(expandHome('/etc/ssh/key'), '/etc/ssh/key');
  assert.equal(expandHome('~other/key'), '~other/key');
});
