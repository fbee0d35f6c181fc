import { Option, type Command } from 'commander';
import { DEFAULT_LAB_NAME } from '../../lab/index.js';
import { labDown, labKubeconfig, labUp } from '../../cluster/lab-up.js';
import { renderer, type OutputFormat } from '../render.js';
import { interruptible } from '../interrupt.js';
import { InputError } from '../../errors.js';
import type { EngineName } from '../../config/cluster.js';

function collectHostEngines(value: string, previous: Record<string, EngineName>): Record<string, EngineName> {
  const [host, engine, extra] = value.split('=');
  if (!host || (engine !== 'native' && engine !== 'kubeadm') || extra !== undefined) {
    throw new InputError('reading --host-engine', [{ path: `--host-engine ${value}`, message: 'must be HOST=native or HOST=kubeadm, e.g. cp2=kubeadm' }]);
  }
  return { ...previous, [host]: engine };
}

function collectJumpHosts(value: string, previous: Record<string, string>): Record<string, string> {
  const [host, jump, extra] = value.split('=');
  if (!host || !jump || extra !== undefined) {
    throw new InputError('reading --jump-host', [{ path: `--jump-host ${value}`, message: 'must be HOST=JUMPHOST, e.g. w1=lb1' }]);
  }
  return { ...previous, [host]: jump };
}

/** `kubeha lab up|down|kubeconfig`: the lab plus a cluster on it (the README's main command). */
export function registerLabCluster(program: Command): void {
  const lab = program.commands.find((c) => c.name() === 'lab') ?? program.command('lab').description('hosts made of Linux namespaces on this machine');
  lab
    .command('up')
    .description('create the lab (1 LB, 3 control planes, 2 workers; 3 etcd hosts with --topology external) and an HA cluster on it')
    .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
    .addOption(new Option('--topology <topology>', 'etcd topology').choices(['stacked', 'external']).default('stacked'))
    .addOption(new Option('--engine <engine>', 'who does the node-local work').choices(['native', 'kubeadm']).default('native'))
    .option('--host-engine <host=engine...>', 'a mixed cluster: this host uses the other engine, e.g. cp2=kubeadm (repeatable)', collectHostEngines, {})
    .option('--sudo-host <host...>', 'a new lab: this host admits only a sudoer (debian, password-less sudo), not root (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .option('--jump-host <host=jump...>', 'a new lab: this host admits SSH only from its jump host, e.g. w1=lb1 (repeatable)', collectJumpHosts, {})
    .addOption(new Option('--certificates <mode>', 'certificate distribution').choices(['upload', 'manual']).default('upload'))
    .option('--kubernetes-version <version>', 'the release the cluster runs (its artifacts are built when missing)')
    .option('--image <archive...>', "an OCI image archive (absolute path) imported into every control plane and worker: the cluster file's spec.images (repeatable)", (v: string, p: string[]) => [...p, v], [])
    .option('--kubeconfig <path>', 'merge the context kubeha-<name> into this file (default: KUBECONFIG, else ~/.kube/config)')
    .addOption(new Option('-o, --output <format>', 'text or json (NDJSON events)').choices(['text', 'json']).default('text'))
    .action(async (opts: { name: string; topology: 'stacked' | 'external'; engine: EngineName; hostEngine: Record<string, EngineName>; sudoHost: string[]; jumpHost: Record<string, string>; certificates: 'upload' | 'manual'; kubernetesVersion?: string; image: string[]; kubeconfig?: string; output: OutputFormat }) => {
      const emit = renderer(opts.output);
      const stop = interruptible((message) => emit({ type: 'log', level: 'warn', message, at: Date.now() }));
      try {
        const result = await labUp({
          name: opts.name,
          topology: opts.topology,
          engine: opts.engine,
          hostEngines: opts.hostEngine,
          sudoHosts: opts.sudoHost,
          jumpHosts: opts.jumpHost,
          certificates: opts.certificates,
          images: opts.image,
          ...(opts.kubernetesVersion ? { kubernetesVersion: opts.kubernetesVersion } : {}),
          ...(opts.kubeconfig ? { kubeconfigPath: opts.kubeconfig } : {}),
          emit,
          signal: stop.signal,
        });
        emit({ type: 'result', name: 'cluster file', value: result.clusterFile, at: Date.now() });
        emit({ type: 'result', name: 'kubeconfig', value: `context ${result.kubeconfig.context} in ${result.kubeconfig.path} (current)`, at: Date.now() });
        process.stdout.write(`${result.adminKubeconfig}\n`);
      } finally {
        stop.dispose();
      }
    });
  lab
    .command('down')
    .description('remove the lab, its cluster and its context kubeha-<name> from the kubeconfig')
    .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
    .option('--kubeconfig <path>', 'remove the context from this file only (default: every KUBECONFIG file, else ~/.kube/config)')
    .action(async (opts: { name: string; kubeconfig?: string }) => labDown(opts.name, renderer('text'), opts.kubeconfig ? { kubeconfigPath: opts.kubeconfig } : {}));
  lab
    .command('kubeconfig')
    .description("print the path of the lab cluster's admin kubeconfig")
    .option('--name <name>', 'lab name', DEFAULT_LAB_NAME)
    .action((opts: { name: string }) => {
      process.stdout.write(`${labKubeconfig(opts.name)}\n`);
    });
}
