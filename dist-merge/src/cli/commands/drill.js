import { drill } from '../../cluster/drill.js';
import { labPower } from '../../cluster/lab-power.js';
import { servicePower } from '../../cluster/power.js';
import { loadCluster } from '../../config/cluster.js';
import { InputError, KubehaError } from '../../errors.js';
import { DEFAULT_LAB_NAME, loadLab } from '../../lab/index.js';
import { labKubeconfig } from '../../cluster/lab-up.js';
import { renderDrill } from '../render-drill.js';
import { renderer } from '../render.js';
import { readCluster, outputOption } from './cluster.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
const number = (flag, min) => (v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min)
        throw new InputError(`reading ${flag}`, [{ path: flag, message: `must be a number of at least ${min}, got ${v}` }]);
    return n;
};
function withDrillOptions(cmd) {
    return cmd
        .option('--yes', 'really fail the hosts (a drill powers off or stops each victim in turn)')
        .option('--rate <n>', 'requests per second through the endpoint', number('--rate', 2), 20)
        .option('--off-seconds <s>', 'how long each victim stays off', number('--off-seconds', 1), 15)
        .option('--victim <host...>', 'fail only these hosts, in this order')
        .option('--max-failed-after <n>', 'failed requests allowed after a control plane fails', number('--max-failed-after', 0), 0)
        .option('--max-leader-ms <ms>', 'time allowed for a new etcd leader', number('--max-leader-ms', 0), 2000)
        .option('--max-vip-ms <ms>', 'time allowed for the virtual IP to move', number('--max-vip-ms', 0), 1000)
        .addOption(outputOption());
}
function report(r, output) {
    process.stdout.write(output === 'json' ? `${JSON.stringify(r)}\n` : `${renderDrill(r)}\n`);
    if (!r.passed)
        throw new KubehaError('a drill threshold was exceeded', { doing: 'running the drill' });
}
function options(flags) {
    if (!flags.yes)
        throw new InputError('starting the drill', [{ path: '--yes', message: 'a drill fails each victim in turn; pass --yes to do it' }]);
    return {
        rate: flags.rate,
        offMs: flags.offSeconds * 1000,
        ...(flags.victim ? { victims: flags.victim } : {}),
        thresholds: { failedAfter: flags.maxFailedAfter, leaderMs: flags.maxLeaderMs, vipMs: flags.maxVipMs },
    };
}
export function registerDrill(program) {
    withDrillOptions(program
        .command('drill')
        .description('measure failover: stop each control plane (and each load balancer holding a VIP) in turn under a steady stream of requests; exits 1 when a threshold is exceeded')
        .requiredOption('-f, --file <cluster.yaml>', 'the cluster file')).action(async (flags) => {
        const opts = options(flags);
        const loaded = await readCluster(flags.file);
        report(await drill(loaded, { emit: renderer('text'), power: servicePower(), ...opts }), flags.output);
    });
    const lab = program.commands.find((c) => c.name() === 'lab');
    withDrillOptions(lab.command('drill').description('`kubeha drill` on the lab\'s cluster, powering its hosts off for real').option('--name <name>', 'lab name', DEFAULT_LAB_NAME)).action(async (flags) => {
        const opts = options(flags);
        const state = await loadLab(flags.name);
        const file = join(state.dir, 'cluster.yaml');
        const loaded = loadCluster(await readFile(file, 'utf8'), file);
        report(await drill(loaded, { emit: renderer('text'), power: labPower(flags.name), adminKubeconfigPath: labKubeconfig(flags.name), ...opts }), flags.output);
    });
}
//# sourceMappingURL=drill.js.map