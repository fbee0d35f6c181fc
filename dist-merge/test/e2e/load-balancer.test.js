// The load balancer of the guide on a real haproxy (Debian), on loopback, in front of an HTTPS server that
// answers /readyz like an apiserver: the HTTPS health check takes out an apiserver that is not ready (it still
// listens) and one that is dead, and brings them back; a drained server gets no new connection; the guide's
// `nc -zv` reachability check tells the cases apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createTcpServer } from 'node:net';
import { createServer } from 'node:https';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { haproxyConfig } from '../../src/steps/load-balancer/haproxy-config.js';
import { parseServersState, setServerState } from '../../src/steps/load-balancer/admin-socket.js';
import { createCertificate } from '../../src/kubeadm/pki/certificate.js';
import { generatePrivateKey, privateKeyPem } from '../../src/kubeadm/pki/keys.js';
import { LocalHost } from '../../src/transport/local.js';
import { probeTcp } from '../../src/steps/load-balancer/reachability.js';
import { run } from '../../src/util/process.js';
function listen(server, port = 0) {
    return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server.address().port)));
}
async function freePort() {
    const s = createTcpServer();
    const port = await listen(s);
    await new Promise((r) => s.close(r));
    return port;
}
async function until(what, fn, timeoutMs = 5000) {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
        if (await fn())
            return Date.now() - started;
        await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
}
/** A self-signed serving certificate for 127.0.0.1, as an apiserver has one. */
async function servingCert() {
    const key = await generatePrivateKey('ECDSA-P256');
    const now = Date.now();
    const cert = await createCertificate({ commonName: 'kube-apiserver', organization: [], usages: ['serverAuth'], altNames: { dnsNames: [], ips: ['127.0.0.1'] }, isCA: false, notBefore: new Date(now - 60_000), notAfter: new Date(now + 3_600_000) }, key);
    return { key: privateKeyPem(key), cert: cert.toString() };
}
/** Which backend a fresh connection through the LB reaches (each backend says its name). */
function through(port) {
    return new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/name', rejectUnauthorized: false, agent: false, timeout: 2000 }, (res) => {
            let body = '';
            res.on('data', (d) => (body += d.toString()));
            res.on('end', () => resolve(body));
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', reject);
        req.end();
    });
}
test('haproxy checks /readyz: a not-ready or dead apiserver is out, a drained one gets no new connection; reachability cases', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-lb-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const tls = await servingCert();
    let ready = true;
    const apiserver = createServer(tls, (req, res) => {
        if (req.url === '/readyz')
            res.writeHead(ready ? 200 : 500).end(ready ? 'ok' : '[-]etcd failed');
        else
            res.writeHead(200).end('cp1');
    });
    apiserver.on('clientError', (_err, socket) => socket.destroy());
    const other = createServer(tls, (req, res) => res.writeHead(200).end(req.url === '/readyz' ? 'ok' : 'cp2'));
    const otherPort = await listen(other);
    const backendPort = await listen(apiserver);
    const lbPort = await freePort();
    const admin = join(dir, 'admin.sock');
    const cfg = join(dir, 'haproxy.cfg');
    await writeFile(cfg, haproxyConfig({
        bind: { address: '127.0.0.1', port: lbPort },
        backends: [
            { name: 'cp1', address: '127.0.0.1', port: backendPort },
            { name: 'cp2', address: '127.0.0.1', port: otherPort },
        ],
        adminSocket: admin,
        pidFile: join(dir, 'haproxy.pid'),
    }));
    await run(['haproxy', '-c', '-f', cfg]);
    assert.equal(await probeTcp('127.0.0.1', lbPort), 'refused', 'no LB listening yet');
    const lb = spawn('haproxy', ['-W', '-db', '-f', cfg], { stdio: 'ignore' });
    t.after(() => {
        lb.kill('SIGKILL');
        apiserver.close();
        other.close();
    });
    const state = async () => parseServersState((await run(['sh', '-c', 'echo "show servers state" | socat - "UNIX-CONNECT:$1"', 'sh', admin], { allowFailure: true })).stdout);
    await until('haproxy admin socket', async () => (await state()).size === 2);
    await until('cp1 up', async () => (await state()).get('cp1')?.up === true);
    assert.equal(await probeTcp('127.0.0.1', lbPort), 'open');
    ready = false;
    const notReadyMs = await until('cp1 marked down while it listens but is not ready', async () => (await state()).get('cp1')?.up === false);
    for (let i = 0; i < 6; i++)
        assert.equal(await through(lbPort), 'cp2', 'no connection to a not-ready apiserver');
    ready = true;
    await until('cp1 ready again', async () => (await state()).get('cp1')?.up === true);
    const local = new LocalHost('lb');
    await setServerState(local, 'cp1', 'drain', admin);
    assert.equal((await state()).get('cp1')?.drained, true);
    for (let i = 0; i < 6; i++)
        assert.equal(await through(lbPort), 'cp2', 'no new connection to a drained apiserver');
    await setServerState(local, 'cp1', 'ready', admin);
    assert.equal((await state()).get('cp1')?.drained, false);
    const seen = new Set();
    for (let i = 0; i < 6; i++)
        seen.add(await through(lbPort));
    assert.deepEqual([...seen].sort(), ['cp1', 'cp2'], 'back in rotation');
    other.close();
    await until('cp2 marked down', async () => (await state()).get('cp2')?.up === false);
    apiserver.close();
    const downMs = await until('cp1 marked down', async () => (await state()).get('cp1')?.up === false);
    assert.equal(await probeTcp('127.0.0.1', lbPort), 'refused', 'LB up, no healthy backend: refused, not a timeout');
    await listen(apiserver, backendPort);
    const upMs = await until('cp1 back up', async () => (await state()).get('cp1')?.up === true);
    assert.equal(await probeTcp('127.0.0.1', lbPort), 'open');
    t.diagnostic(`not ready: out in ${notReadyMs} ms; dead: out in ${downMs} ms, back up in ${upMs} ms`);
});
//# sourceMappingURL=load-balancer.test.js.map