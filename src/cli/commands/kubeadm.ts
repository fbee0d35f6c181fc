import { Command } from 'commander';
import { InputError } from '../../errors.js';
import { LocalHost } from '../../transport/local.js';
import { certificateKey } from '../../kubeadm/copycerts/crypto.js';
import { ensureKubeconfigs, kubeconfigPhaseNames, type KubeconfigInputs } from '../../kubeadm/kubeconfig/kubeconfig.js';
import { certPhaseNames, pkiDefaults, type PkiInputs } from '../../kubeadm/pki/certlist.js';
import { checkExpiration } from '../../kubeadm/pki/expiration.js';
import { encryptionAlgorithms, type EncryptionAlgorithm } from '../../kubeadm/pki/keys.js';
import { ensurePki } from '../../kubeadm/pki/pki.js';
import { formatToken, generateToken } from '../../kubeadm/token/token.js';

interface NodeFlags {
  certDir?: string;
  kubeconfigDir?: string;
  apiserverAdvertiseAddress?: string;
  apiserverBindPort?: string;
  nodeName?: string;
  controlPlaneEndpoint?: string;
  serviceCidr?: string;
  serviceDnsDomain?: string;
  apiserverCertExtraSans?: string;
  encryptionAlgorithm?: string;
  externalEtcd?: boolean;
  config?: string;
}

// Until the kubeadm config loader lands, the node-local commands take kubeadm's flags for the inputs they need.
function withNodeFlags(command: Command): Command {
  return command
    .option('--cert-dir <dir>', 'where certificates are stored', pkiDefaults.certificatesDir)
    .option('--config <file>', 'kubeadm configuration file (not supported yet: use the flags)')
    .option('--apiserver-advertise-address <ip>', 'the IP address the API server advertises')
    .option('--apiserver-bind-port <port>', 'the API server port', '6443')
    .option('--node-name <name>', 'the node name')
    .option('--control-plane-endpoint <host[:port]>', 'a stable address for the control plane')
    .option('--service-cidr <cidr>', 'service subnet', pkiDefaults.serviceSubnet)
    .option('--service-dns-domain <domain>', 'service DNS domain', pkiDefaults.dnsDomain)
    .option('--apiserver-cert-extra-sans <list>', 'extra SANs (comma separated) for the API server certificate')
    .option('--encryption-algorithm <alg>', `key algorithm (${encryptionAlgorithms.join(', ')})`, pkiDefaults.encryptionAlgorithm)
    .option('--external-etcd', 'skip the etcd certificates (external etcd)');
}

async function defaultNodeName(): Promise<string> {
  const { hostname } = await import('node:os');
  return hostname().toLowerCase();
}

async function pkiInputs(flags: NodeFlags): Promise<PkiInputs> {
  if (flags.config) throw new InputError('reading flags', [{ path: '--config', message: 'not supported yet; pass the values as flags' }]);
  if (!flags.apiserverAdvertiseAddress) throw new InputError('reading flags', [{ path: '--apiserver-advertise-address', message: 'is required' }]);
  const algorithm = flags.encryptionAlgorithm ?? pkiDefaults.encryptionAlgorithm;
  if (!(encryptionAlgorithms as readonly string[]).includes(algorithm)) {
    throw new InputError('reading flags', [{ path: '--encryption-algorithm', message: `must be one of ${encryptionAlgorithms.join(', ')}` }]);
  }
  return {
    ...pkiDefaults,
    nodeName: flags.nodeName ?? (await defaultNodeName()),
    advertiseAddress: flags.apiserverAdvertiseAddress,
    ...(flags.controlPlaneEndpoint ? { controlPlaneEndpoint: flags.controlPlaneEndpoint } : {}),
    serviceSubnet: flags.serviceCidr ?? pkiDefaults.serviceSubnet,
    dnsDomain: flags.serviceDnsDomain ?? pkiDefaults.dnsDomain,
    certSANs: (flags.apiserverCertExtraSans ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    etcdServerSANs: [],
    etcdPeerSANs: [],
    encryptionAlgorithm: algorithm as EncryptionAlgorithm,
    externalEtcd: Boolean(flags.externalEtcd),
    certificatesDir: flags.certDir ?? pkiDefaults.certificatesDir,
  };
}

async function kubeconfigInputs(flags: NodeFlags): Promise<KubeconfigInputs> {
  const pki = await pkiInputs(flags);
  return {
    nodeName: pki.nodeName,
    advertiseAddress: pki.advertiseAddress,
    bindPort: Number(flags.apiserverBindPort ?? 6443),
    ...(pki.controlPlaneEndpoint ? { controlPlaneEndpoint: pki.controlPlaneEndpoint } : {}),
    clusterName: 'kubernetes',
    encryptionAlgorithm: pki.encryptionAlgorithm,
    certificateValidityPeriod: pki.certificateValidityPeriod,
    certificatesDir: pki.certificatesDir,
    kubeconfigDir: flags.kubeconfigDir ?? '/etc/kubernetes',
  };
}

const out = (line: string) => process.stdout.write(`${line}\n`);

async function runCerts(phase: string, flags: NodeFlags): Promise<void> {
  const inputs = await pkiInputs(flags);
  out(`[certs] Using certificateDir folder "${inputs.certificatesDir}"`);
  const results = await ensurePki(new LocalHost(), inputs, phase === 'all' ? {} : { only: [phase] });
  for (const r of results) {
    const what = r.name === 'sa' ? '"sa" key and public key' : `"${r.name}" certificate and key`;
    out(r.action === 'created' ? `[certs] Generating ${what}` : `[certs] Using existing ${what}`);
    if (r.dnsNames) out(`[certs] ${r.name} serving cert is signed for DNS names [${r.dnsNames.join(' ')}] and IPs [${(r.ips ?? []).join(' ')}]`);
  }
}

async function runKubeconfig(phase: string, flags: NodeFlags): Promise<void> {
  const inputs = await kubeconfigInputs(flags);
  out(`[kubeconfig] Using kubeconfig folder "${inputs.kubeconfigDir}"`);
  const results = await ensureKubeconfigs(new LocalHost(), inputs, phase === 'all' ? {} : { only: [phase] });
  for (const r of results) {
    out(r.action === 'created' ? `[kubeconfig] Writing "${r.name}.conf" kubeconfig file` : `[kubeconfig] Using existing kubeconfig file: "${r.name}.conf"`);
    if (r.serverMismatch) out(`[kubeconfig] warning: "${r.name}.conf" points at ${r.serverMismatch}`);
  }
}

function formatResidual(ms: number): string {
  if (ms <= 0) return '<invalid>';
  const days = Math.floor(ms / 86_400_000);
  if (days >= 365) return `${Math.floor(days / 365)}y`;
  if (days > 0) return `${days}d`;
  return `${Math.floor(ms / 3_600_000)}h`;
}

/** The node-local kubeadm-compatible commands: `init phase certs|kubeconfig`, `certs …`, `token generate`. */
export function registerKubeadm(program: Command): void {
  const init = program.command('init').description('node-local phases of kubeadm init');
  const phase = init.command('phase').description('run one phase of kubeadm init on this machine');

  const certs = phase.command('certs').description('certificate generation');
  for (const name of ['all', ...certPhaseNames]) {
    withNodeFlags(certs.command(name).description(name === 'all' ? 'generate all certificates' : `generate the ${name} certificate`)).action(
      (flags: NodeFlags) => runCerts(name, flags),
    );
  }

  const kubeconfig = phase.command('kubeconfig').description('kubeconfig file generation');
  for (const name of ['all', ...kubeconfigPhaseNames]) {
    withNodeFlags(kubeconfig.command(name).description(name === 'all' ? 'generate all kubeconfig files' : `generate ${name}.conf`))
      .option('--kubeconfig-dir <dir>', 'where kubeconfig files are written', '/etc/kubernetes')
      .action((flags: NodeFlags) => runKubeconfig(name, flags));
  }

  const certsCmd = program.command('certs').description('certificate utilities');
  certsCmd
    .command('certificate-key')
    .description('print a new certificate key for upload-certs')
    .action(() => {
      out(certificateKey());
    });
  certsCmd
    .command('check-expiration')
    .description('show the expiry of the certificates in a directory')
    .option('--cert-dir <dir>', 'where certificates are stored', pkiDefaults.certificatesDir)
    .action(async (flags: { certDir: string }) => {
      const rows = await checkExpiration(new LocalHost(), flags.certDir);
      out('CERTIFICATE                EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY');
      for (const r of rows) {
        if (!r.notAfter) continue;
        out(`${r.name.padEnd(26)} ${r.notAfter.toUTCString().padEnd(24)} ${formatResidual(r.residualMs ?? 0).padEnd(15)} ${r.signedBy ?? ''}`);
      }
    });

  const token = program.command('token').description('bootstrap tokens');
  token
    .command('generate')
    .description('print a new random bootstrap token')
    .action(() => {
      out(formatToken(generateToken()));
    });
}
