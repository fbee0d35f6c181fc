#!/usr/bin/env node
// The README's test command (`npm test`): compiles, then runs the unit tests (next to the code, in
// parallel) and the end-to-end lab tests (test/e2e, one at a time, root and the real binaries needed).
// `--unit` or `--e2e` runs one half; any other argument filters test files by substring.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const onlyUnit = args.includes('--unit');
const onlyE2e = args.includes('--e2e');
const filters = args.filter((a) => !a.startsWith('--'));

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out.sort();
}

function pick(list) {
  return filters.length === 0 ? list : list.filter((f) => filters.some((s) => f.includes(s)));
}

function node(argv) {
  const r = spawnSync(process.execPath, argv, { stdio: 'inherit' });
  return r.status ?? 1;
}

const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

let status = 0;
if (!onlyE2e) {
  const unit = pick(files('dist/src'));
  if (unit.length > 0) status ||= node(['--test', '--test-concurrency=2', ...unit]);
}
if (!onlyUnit && status === 0) {
  const e2e = pick(files('dist/test'));
  if (e2e.length > 0) {
    // The lab tests need the host packages and the built Kubernetes artifacts: both are idempotent and
    // fast on a warm machine.
    status ||= node(['bin/kubeha.js', 'setup']);
    status ||= node(['bin/kubeha.js', 'artifacts', 'ensure']);
    if (status === 0) status = node(['--test', '--test-concurrency=1', ...e2e]);
  }
}
process.exit(status);
