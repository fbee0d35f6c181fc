#!/usr/bin/env node
// `npm run bench [name…] [-- flags]`: compiles, then runs each benchmark in bench/ (or the named ones) one after
// another; other arguments go to each benchmark. Benchmarks print their own figures and ratios; they are not
// part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const args = process.argv.slice(2);
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
const all = readdirSync('dist/bench').filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
const names = args.filter((a) => all.includes(a));
const rest = args.filter((a) => !all.includes(a));
let status = 0;
for (const name of names.length > 0 ? names : all) {
  process.stdout.write(`== bench ${name}\n`);
  const r = spawnSync(process.execPath, [`dist/bench/${name}.js`, ...rest], { stdio: 'inherit' });
  status ||= r.status ?? 1;
}
process.exit(status);
