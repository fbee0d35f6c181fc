import { spawn } from 'node:child_process';
import { InputError } from '../../errors.js';
import { DEFAULT_LAB_NAME, createLab, destroyLab, hostExecArgv, listLabs, loadLab, sshArgv, startHost, stopHost } from '../../lab/index.js';
function count(flag) {
    return (value) => {
        const n = Number(value);
        if (!/^\d+$/.test(value) || n > 50)
            throw new InputError('reading the command line', [{ path: flag, message: 'must be a whole number from 0 to 50' }]);
        return n;
    };
}
function printEvent(event) {
    if (event.type === 'step-done' && event.step === 'lab/host')
        process.stderr.write(`  ${event.host} up (${event.ms} ms)\n`);
    else if (event.type === 'step-start' && event.step === 'lab/images')
        process.stderr.write(`  ${event.title}\n`);
    else if (event.type === 'step-done' && event.step === 'lab/destroy-host')
        process.stderr.write(`  ${event.host} down (${event.ms} ms)\n`);
}
/** Runs argv with the terminal attached and resolves with its exit code. */
function attach(argv) {
    return new Promise((resolve, reject) => {
        const child = spawn(argv[0], argv.slice(1), { stdio: 'inherit' });
        child.on('error', reject);
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
}
export function registerLab(program) {
    const lab = program.command('lab').description('namespace hosts on this machine that look like the guide\'s prerequisites');
    lab
        .command('create')
        .description('create a lab: load balancers, control planes, etcd hosts and workers, fresh Debian 12 machines with sshd (kubeha up installs the rest)')
        .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
        .option('--load-balancers <n>', 'load balancer hosts (lb1…)', count('--load-balancers'), 1)
        .option('--control-planes <n>', 'control-plane hosts (cp1…)', count('--control-planes'), 3)
        .option('--etcd <n>', 'external etcd hosts (etcd1…)', count('--etcd'), 0)
        .option('--workers <n>', 'worker hosts (w1…)', count('--workers'), 2)
        .action(async (o) => {
        const started = Date.now();
        const state = await createLab({ name: o.name, loadBalancers: o.loadBalancers, controlPlanes: o.controlPlanes, etcd: o.etcd, workers: o.workers }, { events: printEvent });
        process.stdout.write(`lab ${state.name}: ${state.hosts.length} hosts in ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
        for (const h of state.hosts)
            process.stdout.write(`  ${h.name.padEnd(7)} ${h.address.padEnd(13)} ${h.role}\n`);
        process.stdout.write(`state: ${state.dir}\n`);
    });
    lab
        .command('destroy')
        .description('power off every host of a lab and remove all it created')
        .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
        .action(async (o) => {
        const started = Date.now();
        const existed = await destroyLab(o.name, { events: printEvent });
        process.stdout.write(existed ? `lab ${o.name} destroyed in ${((Date.now() - started) / 1000).toFixed(2)} s\n` : `no lab named ${o.name}\n`);
    });
    lab
        .command('list')
        .description('list labs and their hosts')
        .action(async () => {
        const labs = await listLabs();
        if (labs.length === 0)
            process.stdout.write('no labs\n');
        for (const l of labs) {
            process.stdout.write(`${l.name} (${l.phase})\n`);
            for (const h of l.hosts)
                process.stdout.write(`  ${h.name.padEnd(7)} ${h.address.padEnd(13)} ${h.role.padEnd(14)} ${h.running ? 'running' : 'stopped'}\n`);
        }
    });
    lab
        .command('exec')
        .description('run a command inside a host (nsenter into its PID 1, no SSH)')
        .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
        .argument('<host>', 'host name, e.g. cp1')
        .argument('[command...]', 'the command (after --); default: a shell')
        .action(async (host, command, o) => {
        const state = await loadLab(o.name);
        const env = process.env['TERM'] ? { TERM: process.env['TERM'] } : {};
        const code = await attach(await hostExecArgv(state, host, command.length > 0 ? command : ['bash', '-l'], env));
        if (code !== 0)
            process.exit(code);
    });
    lab
        .command('ssh')
        .description("ssh into a host with the lab's key and known_hosts (host keys are checked)")
        .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
        .argument('<host>', 'host name, e.g. cp1')
        .argument('[command...]', 'optional remote command (after --)')
        .action(async (host, command, o) => {
        const state = await loadLab(o.name);
        const code = await attach(sshArgv(state, host, command));
        if (code !== 0)
            process.exit(code);
    });
    lab
        .command('stop')
        .description('power a host off (its processes end; disks, address and host key stay)')
        .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
        .argument('<host>', 'host name, e.g. cp1')
        .action(async (host, o) => {
        await stopHost(o.name, host);
    });
    lab
        .command('start')
        .description('power a stopped host on again; back when its sshd answers')
        .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
        .argument('<host>', 'host name, e.g. cp1')
        .action(async (host, o) => {
        await startHost(o.name, host);
    });
}
//# sourceMappingURL=lab.js.map