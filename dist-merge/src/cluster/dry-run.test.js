import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadCluster } from '../config/cluster.js';
import { demoClusterYaml } from '../config/demo-cluster.js';
import { quoteArgv } from '../transport/quote.js';
import { INIT_CONFIG_PATH } from '../engines/kubeadm/config.js';
import { up } from './up.js';
/**
 * A Host that answers probes from a fixed picture of the machine and records every command and write. What a
 * dry-run may run is read-only: anything that looks like a change is listed by `changes`.
 */
class RecordingHost {
    name;
    files;
    answer;
    commands = [];
    writes = [];
    constructor(name, files, answer) {
        this.name = name;
        this.files = files;
        this.answer = answer;
    }
    async exec(argv, options = {}) {
        this.commands.push(quoteArgv(argv));
        const r = this.answer(argv) ?? { code: 1, stdout: '', stderr: 'not here', ms: 0 };
        if (r.code !== 0 && !options.allowFailure)
            throw Object.assign(new Error(`${argv[0]} exited with code ${r.code}`), { code: r.code });
        return r;
    }
    async readFile(path) {
        return this.files[path] === undefined ? undefined : Buffer.from(this.files[path]);
    }
    async writeFiles(files) {
        this.writes.push(...files);
    }
    async close() { }
}
const MUTATING = /\b(apply|create|delete|label|taint|patch|annotate|replace|reset|join|init|upload-certs|start|stop|restart|enable|disable|reload|daemon-reload|import|tag|rm|mv|install|modprobe|swapoff|kubeha-put)\b|sysctl -q -p|dpkg --skip|tar -x/;
function changes(hosts) {
    return hosts.flatMap((h) => [
        ...h.writes.map((w) => `${h.name}: writes ${w.path}`),
        ...h.commands.filter((c) => MUTATING.test(c.replace(/'[^']*'/g, (q) => (q.includes(' ') ? "'…'" : q)))).map((c) => `${h.name}: ${c}`),
    ]);
}
async function dryRun(picture) {
    const scratch = await mkdtemp(join(tmpdir(), 'kubeha-dry-run-'));
    const cache = join(scratch, 'cache');
    const previous = process.env['XDG_CACHE_HOME'];
    process.env['XDG_CACHE_HOME'] = cache;
    const hosts = [];
    try {
        const loaded = loadCluster(demoClusterYaml({ workers: 2 }, { prepareHosts: true }));
        const adminKubeconfigPath = join(scratch, 'admin.conf');
        const result = await up(loaded, {
            emit: () => { },
            dryRun: true,
            adminKubeconfigPath,
            connect: async (spec) => {
                const p = picture(spec.name);
                const h = new RecordingHost(spec.name, p.files, p.answer);
                hosts.push(h);
                return h;
            },
        });
        // Nothing on the admin machine either: no kubeconfig, no join commands, no artifacts built or fetched.
        assert.deepEqual(await readdir(scratch), [], 'the dry-run wrote on the admin machine');
        assert.equal(existsSync(cache), false);
        return { result, hosts };
    }
    finally {
        if (previous === undefined)
            delete process.env['XDG_CACHE_HOME'];
        else
            process.env['XDG_CACHE_HOME'] = previous;
        await rm(scratch, { recursive: true, force: true });
    }
}
const ok = (stdout = '') => ({ code: 0, stdout, stderr: '', ms: 0 });
test('plan on fresh hosts probes every step and changes nothing anywhere', async () => {
    const { result, hosts } = await dryRun(() => ({ files: {}, answer: () => undefined }));
    assert.deepEqual(changes(hosts), []);
    assert.ok(hosts.every((h) => h.commands.length > 0), 'every host was probed');
    const status = (id) => result.outcomes.filter((o) => o.step === id).map((o) => o.status);
    assert.deepEqual(status('prepare/packages'), Array(6).fill('would-run'));
    for (const id of ['init/config', 'init/certs', 'init/addon'])
        assert.deepEqual(status(id), ['would-run'], id);
    assert.deepEqual(status('join/etcd-join'), ['would-run', 'would-run']);
});
test('plan on a running cluster whose token and uploaded certificates expired says so and renews nothing', async () => {
    const past = Buffer.from(new Date(Date.now() - 60_000).toISOString()).toString('base64');
    const initConfig = stringify({
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        kind: 'InitConfiguration',
        bootstrapTokens: [{ token: 'abcdef.0123456789abcdef' }],
        certificateKey: '0'.repeat(64),
    });
    const ca = await readFile(new URL('../../../src/kubeadm/pki/testdata/ca.crt', import.meta.url), 'utf8');
    const { result, hosts } = await dryRun((name) => ({
        files: name === 'cp1' ? { [INIT_CONFIG_PATH]: initConfig, '/etc/kubernetes/pki/ca.crt': ca, '/etc/kubernetes/admin.conf': 'admin' } : {},
        answer: (argv) => {
            if (name !== 'cp1' || argv[0] !== 'kubectl')
                return undefined;
            const text = argv.join(' ');
            if (text.endsWith('get --raw /readyz'))
                return ok('ok');
            if (text.includes('get secret bootstrap-token-abcdef'))
                return ok(JSON.stringify({ data: { expiration: past } }));
            if (text.includes('get secret'))
                return ok('');
            return undefined;
        },
    }));
    assert.deepEqual(changes(hosts), []);
    const renew = result.outcomes.find((o) => o.step === 'join-secrets');
    assert.equal(renew.status, 'would-run');
    assert.equal(renew.note, 'the bootstrap token expires in expired; the uploaded certificates are gone');
    assert.equal(result.outcomes.find((o) => o.step === 'join-commands').status, 'would-run');
});
//# sourceMappingURL=dry-run.test.js.map