import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { demoClusterYaml } from '../config/demo-cluster.js';
import { main } from './main.js';
/** main() in this process, its stderr captured (stdout is the test runner's: tests that read stdout spawn the CLI). */
async function run(argv) {
    const write = process.stderr.write.bind(process.stderr);
    let stderr = '';
    process.stderr.write = ((chunk) => {
        stderr += chunk.toString();
        return true;
    });
    try {
        return { code: await main(argv), stderr };
    }
    finally {
        process.stderr.write = write;
    }
}
const BIN = fileURLToPath(new URL('../../../bin/kubeha.js', import.meta.url));
/** The real CLI in its own process: stdin given, stdout optionally closed by its reader before anything is written. */
function spawnCli(argv, options = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        if (options.closeStdout)
            child.stdout.destroy();
        else
            child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        // The CLI may stop reading (past 1 MiB) and exit before all of stdin is written.
        child.stdin.on('error', () => { });
        child.stdin.end(options.stdin ?? '');
    });
}
async function scratchFile(name, text) {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-cli-'));
    const path = join(dir, name);
    await writeFile(path, text, { mode: 0o600 });
    return { path, done: () => rm(dir, { recursive: true, force: true }) };
}
test('a cluster file larger than 1 MiB is refused after reading 1 MiB, with exit code 2 and the file named', async () => {
    const started = Date.now();
    const r = await run(['plan', '-f', '/dev/zero']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\/dev\/zero: larger than 1048576 bytes: not a cluster file/);
    assert.ok(Date.now() - started < 5000);
});
test('a missing cluster file: exit code 2, the file named', async () => {
    const r = await run(['status', '-f', '/nonexistent/cluster.yaml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\/nonexistent\/cluster\.yaml: no such file/);
});
test('-o json: an error is one NDJSON error event on stdout with its code, file and field; exit code 2 for input', async () => {
    const bad = await scratchFile('cluster.yaml', demoClusterYaml({}, { networking: { dnsDomain: 'Not_A_Domain' } }));
    try {
        for (const command of ['plan', 'up', 'status']) {
            const r = await spawnCli([command, '-f', bad.path, '-o', 'json']);
            assert.equal(r.code, 2);
            assert.equal(r.stderr, '');
            const lines = r.stdout.trim().split('\n');
            assert.equal(lines.length, 1, r.stdout);
            const event = JSON.parse(lines[0]);
            assert.deepEqual({ ...event, at: 0 }, {
                type: 'error',
                code: 'input',
                exitCode: 2,
                message: 'spec.networking.dnsDomain: must be a lower-case RFC 1123 DNS name such as cluster.local',
                doing: `validating ${bad.path}`,
                file: bad.path,
                field: 'spec.networking.dnsDomain',
                at: 0,
            });
        }
        const usage = await spawnCli(['plan', '-o', 'json']);
        assert.equal(usage.code, 2);
        assert.equal(JSON.parse(usage.stdout).code, 'usage');
        assert.equal(usage.stderr, '');
    }
    finally {
        await bad.done();
    }
});
test('-o json: many problems come as the first 20 issues and how many more', async () => {
    const hosts = Array.from({ length: 30 }, (_, i) => ({ name: `w${i}`, address: `10.0.0.${300 + i}`, role: 'worker' }));
    const bad = await scratchFile('many.yaml', demoClusterYaml([{ name: 'cp1', address: '10.0.0.1', role: 'control-plane' }, { name: 'lb1', address: '10.0.0.2', role: 'load-balancer' }, ...hosts]));
    try {
        const r = await spawnCli(['plan', '-f', bad.path, '-o', 'json']);
        const event = JSON.parse(r.stdout);
        assert.equal(event.message, '30 problems found');
        assert.equal(event.issues.length, 20);
        assert.equal(event.more, 10);
        const text = await run(['plan', '-f', bad.path]);
        assert.equal(text.stderr.trim().split('\n').length, 22, text.stderr);
        assert.match(text.stderr, /… and 10 more\n$/);
    }
    finally {
        await bad.done();
    }
});
test("plan shows the file's own warnings (an even number of control planes) when the hosts cannot be reached", async () => {
    // A usable key, and no known_hosts: every host is unreachable before anything is sent to it.
    const key = await scratchFile('id_rsa', generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey);
    const file = await scratchFile('even.yaml', demoClusterYaml({ controlPlanes: 2 }, { ssh: { privateKeyFile: key.path, knownHostsFile: '/nonexistent/known_hosts' } }));
    try {
        const text = await run(['plan', '-f', file.path]);
        assert.equal(text.code, 1);
        assert.match(text.stderr, /^warning: spec.hosts: 2 control planes: an odd number keeps quorum/);
        const json = await spawnCli(['plan', '-f', file.path, '-o', 'json']);
        assert.match(json.stdout.split('\n')[0], /"level":"warn","message":"spec.hosts: 2 control planes/);
        assert.equal(JSON.parse(json.stdout.trim().split('\n').at(-1)).type, 'error');
    }
    finally {
        await file.done();
        await key.done();
    }
});
test('-f - reads the standard input, named <stdin> in errors and bounded to 1 MiB', async () => {
    const r = await spawnCli(['plan', '-f', '-'], { stdin: demoClusterYaml({}, { networking: { podSubnet: '10.250.0.0/16' } }) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^error: validating <stdin>: spec.networking.podSubnet: 10.250.0.0\/16 holds the address/);
    const big = await spawnCli(['plan', '-f', '-', '-o', 'json'], { stdin: `# ${'x'.repeat(2 * 1024 * 1024)}\n` });
    assert.equal(big.code, 2);
    assert.equal(JSON.parse(big.stdout).file, '<stdin>');
});
test('a reader that stops early (| head -c 1) ends the output quietly: no EPIPE stack trace', async () => {
    for (const argv of [['schema'], ['plan', '-f', '/nonexistent.yaml', '-o', 'json']]) {
        const r = await spawnCli(argv, { closeStdout: true });
        assert.equal(r.stderr, '', argv.join(' '));
        assert.notEqual(r.code, null);
    }
});
test('--concurrency must be a positive integer: exit code 2, the flag named, before the file is read', async () => {
    for (const bad of ['0', '-3', '1.5', 'many', '']) {
        const r = await run(['up', '-f', '/nonexistent/cluster.yaml', '--concurrency', bad]);
        assert.equal(r.code, 2, bad);
        assert.match(r.stderr, /--concurrency: must be a positive integer/);
        assert.doesNotMatch(r.stderr, /nonexistent/);
    }
    const ok = await run(['up', '-f', '/nonexistent/cluster.yaml', '--concurrency', '12']);
    assert.equal(ok.code, 2);
    assert.match(ok.stderr, /\/nonexistent\/cluster\.yaml: no such file/);
});
//# sourceMappingURL=main.test.js.map