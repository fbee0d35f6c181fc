#!/usr/bin/env node
// The README's test command (`npm test`): compiles, then runs the unit tests (next to the code, in
// parallel) and the end-to-end lab tests (test/e2e, two at a time, root and the real binaries needed).
// `--unit` or `--e2e` runs one half; any other argument filters test files by substring.
// A skipped test fails the run, unless it is one of the documented opt-ins (OPT_IN): a test that does not run
// proves nothing, and node --test counts it as a pass.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** The skip reasons a run may have: the kubeadm variants and other long runs that KUBEHA_E2E_FULL=1 adds. */
const OPT_IN = new Set(process.env['KUBEHA_E2E_FULL'] === '1' ? [] : ['set KUBEHA_E2E_FULL=1']);
const skipsDir = mkdtempSync(join(tmpdir(), 'kubeha-test-skips-'));
process.on('exit', () => rmSync(skipsDir, { recursive: true, force: true }));

/** What skips the skip reporter wrote for this run: printed, and non-zero if one was not an opt-in. */
function skipStatus(label, skips, status) {
  let lines = [];
  try {
    lines = readFileSync(skips, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    // no reporter output: node failed before running a test, and status says so
  }
  const unexpected = lines.filter((s) => !OPT_IN.has(s.reason));
  for (const s of lines) {
    console.log(`${OPT_IN.has(s.reason) ? 'skipped (opt-in)' : 'UNEXPECTED SKIP'}: ${s.file.replace(`${process.cwd()}/`, '')} › ${s.name}${s.reason ? ` (${s.reason})` : ''}`);
  }
  if (unexpected.length > 0) {
    console.log(`${label}: ${unexpected.length} test(s) skipped that must run: a skip is a failure`);
    return status || 1;
  }
  return status;
}

function testArgv(label) {
  const skips = join(skipsDir, `${label}.jsonl`);
  const reporter = process.stdout.isTTY ? 'spec' : 'tap';
  return { skips, argv: ['--test', `--test-reporter=${reporter}`, '--test-reporter-destination=stdout', '--test-reporter=./scripts/skip-reporter.mjs', `--test-reporter-destination=${skips}`] };
}

/** node --test with its usual output (spec on a terminal, TAP otherwise); non-zero also for an unexpected skip. */
function nodeTest(label, argv) {
  const t = testArgv(label);
  return skipStatus(label, t.skips, node([...t.argv, ...argv]));
}

/** The same, in the background, each output line prefixed with the label (two lanes write to one terminal). */
function nodeTestLane(label, files) {
  const t = testArgv(label);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...t.argv, '--test-concurrency=1', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    createInterface({ input: child.stdout }).on('line', (l) => process.stdout.write(`[${label}] ${l}\n`));
    createInterface({ input: child.stderr }).on('line', (l) => process.stderr.write(`[${label}] ${l}\n`));
    child.on('close', (code) => resolve(skipStatus(label, t.skips, code ?? 1)));
  });
}

/** The lab tests whose claim is no failed request through the load balancer: measured with no other lab beside. */
const ALONE = ['upgrade', 'day2'];
/**
 * Minutes each lab test took in its lane (two lanes, this machine, 2026-12-02, `npm test` on a warm machine; a file
 * not listed counts 0.2), to share them between the lanes longest first, so that both end together.
 */
const MINUTES = { mixed: 15.7, 'etcd-certs': 10.7, 'external-etcd': 10.1, conformance: 6.1, crash: 6, 'kubeadm-up': 4.9, 'native-up': 4.7, 'manual-certs': 4.2, 'native-renew': 1.6, 'kubeadm-cluster-compat': 1.4, artifacts: 0.6, 'kubeadm-compat': 0.5 };
const base = (file) => file.split('/').pop().replace(/\.test\.js$/, '');
const minutes = (file) => MINUTES[base(file)] ?? 0.2;

/** Longest first, each to the lane with the least work so far. */
function lanes(files, count) {
  const out = Array.from({ length: count }, () => ({ files: [], minutes: 0 }));
  for (const f of [...files].sort((a, b) => minutes(b) - minutes(a))) {
    const lane = out.reduce((a, b) => (b.minutes < a.minutes ? b : a));
    lane.files.push(f);
    lane.minutes += minutes(f);
  }
  return out.filter((l) => l.files.length > 0).map((l) => l.files);
}

const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

let status = 0;
if (!onlyE2e) {
  const unit = pick(files('dist/src'));
  if (unit.length > 0) status ||= nodeTest('unit', ['--test-concurrency=2', ...unit]);
}
if (!onlyUnit && status === 0) {
  const e2e = pick(files('dist/test'));
  if (e2e.length > 0) {
    // The lab tests need the host packages and the built Kubernetes artifacts: both are idempotent and
    // fast on a warm machine.
    status ||= node(['bin/kubeha.js', 'setup']);
    status ||= node(['bin/kubeha.js', 'artifacts', 'ensure']);
    // Two lab tests at a time: a second lab cluster beside each is the load every test must bear (and it keeps the
    // suite within 45 minutes). The tests that count failed requests through the load balancer run afterwards,
    // alone. KUBEHA_E2E_CONCURRENCY=1 runs one at a time.
    const count = Math.max(1, Number(process.env['KUBEHA_E2E_CONCURRENCY'] ?? '2') || 1);
    const alone = e2e.filter((f) => ALONE.includes(base(f)));
    const shared = lanes(e2e.filter((f) => !alone.includes(f)), count);
    if (status === 0) {
      for (const [i, files] of shared.entries()) console.log(`lane ${i + 1}: ${files.map(base).join(', ')}`);
      const laneStatus = await Promise.all(shared.map((files, i) => nodeTestLane(`e2e-${i + 1}`, files)));
      const aloneStatus = alone.length > 0 ? nodeTest('e2e-alone', ['--test-concurrency=1', ...alone]) : 0;
      status = laneStatus.find((c) => c !== 0) ?? aloneStatus;
    }
  }
}
process.exit(status);
