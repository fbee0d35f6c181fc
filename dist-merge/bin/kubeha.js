#!/usr/bin/env node
import { main } from '../src/cli/main.js';

// A reader that stops early (`kubeha plan -o json | head -c 1`) closes the pipe: that ends the output, not kubeha
// with an unhandled 'error' event.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv.slice(2));
