// Failover you can measure: a lab cluster with two load balancers holding a virtual IP, 3 control planes and
// 1 worker, drilled at 20 requests per second (`kubeha drill`): each control plane, then each load balancer,
// powered off for 15 s and back. Prints the drill's table. Targets: 0 failed requests started after a control
// plane's power-off, a new etcd leader within 2 s, the VIP moved within 1 s with at most 1 % failed.
// Run: npm run bench failover -- [--engine native|kubeadm] [--rate 20]   (about 15 minutes)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drill } from '../src/cluster/drill.js';
import { labClusterFile } from '../src/cluster/lab-cluster.js';
import { labPower } from '../src/cluster/lab-power.js';
import { up } from '../src/cluster/up.js';
import { renderDrill } from '../src/cli/render-drill.js';
import { loadCluster } from '../src/config/cluster.js';
import { connectLabHost, createLab, destroyLab } from '../src/lab/index.js';
import { pollUntil } from '../src/util/wait.js';
import { status } from '../src/cluster/status.js';
import { result } from './lib/result.js';
const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
};
const engine = (arg('--engine') ?? 'native');
const rate = Number(arg('--rate') ?? 20);
const name = `benchfo${engine[0]}`;
const dir = await mkdtemp(join(tmpdir(), 'kubeha-bench-'));
let ok = true;
const lab = await createLab({ name, loadBalancers: 2, controlPlanes: 3, etcd: 0, workers: 1 });
try {
    const connect = (spec) => connectLabHost(lab, spec.name);
    const kubeconfig = join(dir, 'admin.conf');
    const loaded = loadCluster(labClusterFile(lab, { engine }));
    await up(loaded, { emit: () => { }, connect, adminKubeconfigPath: kubeconfig });
    // Right after `up`, kube-system pods may still be starting.
    await pollUntil(async () => (await status(loaded, { connect })).healthy, 180_000, 5000);
    const report = await drill(loaded, { emit: () => { }, connect, adminKubeconfigPath: kubeconfig, power: labPower(name), rate });
    process.stdout.write(`${renderDrill(report)}\n`);
    // One line per victim and target, as the drill's thresholds (DEFAULT_THRESHOLDS) judge them.
    const t = report.thresholds;
    for (const v of report.victims) {
        if (v.role === 'control-plane') {
            ok = result(`failover-${v.victim}-failed-after`, v.failedAfter, `<=${t.failedAfter}`, 0) && ok;
            if (v.ledEtcd)
                ok = result(`failover-${v.victim}-etcd-leader-ms`, v.etcdLeaderMs, `<=${t.leaderMs}`, 0) && ok;
        }
        else if (v.heldVip) {
            ok = result(`failover-${v.victim}-vip-ms`, v.vipMs, `<=${t.vipMs}`, 0) && ok;
            ok = result(`failover-${v.victim}-vip-failed-percent`, v.requests === 0 ? undefined : (100 * v.failed) / v.requests, `<=${t.vipFailedPercent}`) && ok;
        }
        result(`failover-${v.victim}-longest-gap-ms`, v.longestGapMs, 'info', 0);
        result(`failover-${v.victim}-recovered-s`, v.recoveredMs / 1000, 'info', 1);
    }
}
finally {
    await destroyLab(name);
    await rm(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
//# sourceMappingURL=failover.js.map