// A lab for one end-to-end test: created fresh, and removed with everything the test opened, also when it fails.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { up } from '../../src/cluster/up.js';
import { connectLabHost, createLab, destroyLab } from '../../src/lab/index.js';
import { powerOff } from './cluster-helpers.js';
/**
 * A lab name of this test process: the test's tag and the pid, after KUBEHA_E2E_LAB_PREFIX (so that engineers
 * sharing a machine run e2e tests without touching each other's labs).
 */
export function labName(tag) {
    return `${process.env['KUBEHA_E2E_LAB_PREFIX'] ?? ''}${tag}${process.pid % 100000}`;
}
export async function labFixture(t, spec) {
    const scratch = await mkdtemp(join(tmpdir(), `kubeha-${spec.name}-`));
    const open = new Map();
    t.after(async () => {
        for (const h of open.values())
            await (await h.catch(() => undefined))?.close().catch(() => { });
        await destroyLab(spec.name);
        await rm(scratch, { recursive: true, force: true });
    });
    const lab = await createLab(spec);
    const kubeconfig = join(scratch, 'admin.conf');
    const connect = (target) => connectLabHost(lab, target.name);
    const host = (name) => {
        if (!open.has(name))
            open.set(name, connectLabHost(lab, name));
        return open.get(name);
    };
    return {
        lab,
        scratch,
        kubeconfig,
        connect,
        host,
        powerOff: async (name) => {
            const connection = open.get(name);
            open.delete(name);
            await (await connection?.catch(() => undefined))?.close();
            await powerOff(lab, name);
        },
        up: async (loaded) => {
            const events = [];
            const started = Date.now();
            const result = await up(loaded, {
                emit: (e) => {
                    events.push(e);
                    if (e.type === 'step-fail')
                        t.diagnostic(`step-fail ${e.step} ${e.host ?? ''}: ${e.error}`);
                },
                connect,
                adminKubeconfigPath: kubeconfig,
            });
            t.diagnostic(`up took ${((Date.now() - started) / 1000).toFixed(1)} s`);
            for (const e of events)
                if (e.type === 'step-done')
                    t.diagnostic(`${e.step} ${e.host ?? ''} ${(e.ms / 1000).toFixed(1)} s`);
            // A failed host's kubelet says what kubeadm's "kubelet is not healthy" does not; the lab is gone afterwards.
            for (const failed of new Set(events.flatMap((e) => (e.type === 'step-fail' && e.host !== undefined ? [e.host] : [])))) {
                const h = await host(failed).catch(() => undefined);
                const log = await h?.exec(['sh', '-c', 'tail -n 40 /var/log/kubeha/kubelet/current'], { allowFailure: true }).catch(() => undefined);
                if (log)
                    t.diagnostic(`kubelet log of ${failed} (last 40 lines):\n${log.stdout}`);
            }
            assert.ok(result.outcomes.every((o) => o.status !== 'failed'), JSON.stringify(result.outcomes));
            return { events, outcomes: result.outcomes };
        },
    };
}
//# sourceMappingURL=lab-fixture.js.map