import { checkClusterExpiration, registerClusterCerts } from './certs.js';
import { outputOption } from './cluster.js';
import { readFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { LocalHost } from '../../transport/local.js';
import { loadKubeadmConfig } from '../../kubeadm/config/index.js';
import { givenInitFlags, initConfigFromFlags } from '../../kubeadm/config/from-flags.js';
import { uploadCerts } from '../../kubeadm/copycerts/copycerts.js';
import { certificateKey } from '../../kubeadm/copycerts/crypto.js';
import { joinCommandForKubeconfig } from '../../kubeadm/join-command.js';
import { currentCluster, ensureKubeconfigs, kubeconfigPhaseNames } from '../../kubeadm/kubeconfig/kubeconfig.js';
import { MANIFESTS_DIR } from '../../kubeadm/manifests/index.js';
import { CONTROL_PLANE_COMPONENTS, kubeconfigInputs, nodeSettingsFromConfig, pkiInputs, writeControlPlaneManifests, writeEtcdManifest, } from '../../kubeadm/node-settings.js';
import { certPhaseNames, pkiDefaults } from '../../kubeadm/pki/certlist.js';
import { checkExpiration, formatCertificateExpiration, KUBERNETES_DIR } from '../../kubeadm/pki/expiration.js';
import { encryptionAlgorithms } from '../../kubeadm/pki/keys.js';
import { ensurePki } from '../../kubeadm/pki/pki.js';
import { clusterApiFromKubeconfig } from '../../kubeadm/token/cluster-api.js';
import { createBootstrapToken, deleteBootstrapToken, listBootstrapTokens, tokenOptionsFromConfig } from '../../kubeadm/token/manage.js';
import { formatToken, generateToken } from '../../kubeadm/token/token.js';
const ADMIN_KUBECONFIG = '/etc/kubernetes/admin.conf';
const out = (line) => process.stdout.write(`${line}\n`);
async function readInput(path, flag) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (err) {
        throw new InputError(`reading ${path}`, [{ path: flag, message: err.message }]);
    }
}
/** --config (kubeadm v1beta4) or, without it, kubeadm's init flags; never both, as kubeadm. */
async function loadConfig(flags) {
    if (flags.config) {
        const mixed = givenInitFlags(flags);
        if (mixed.length > 0)
            throw new InputError('reading flags', mixed.map((path) => ({ path, message: 'cannot be mixed with --config' })));
        const loaded = loadKubeadmConfig(await readInput(flags.config, '--config'), {
            source: flags.config,
            ...(flags.certificateKey === undefined ? {} : { certificateKeyFlag: flags.certificateKey }),
        });
        for (const w of loaded.warnings)
            process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
        return { loaded, source: flags.config };
    }
    return { loaded: loadKubeadmConfig(initConfigFromFlags(flags), { source: 'the command-line flags' }), source: 'the command-line flags' };
}
async function nodeSettings(flags) {
    const { loaded, source } = await loadConfig(flags);
    if (flags.certDir && loaded.cluster)
        loaded.cluster = { ...loaded.cluster, certificatesDir: flags.certDir };
    return { settings: nodeSettingsFromConfig(loaded, source), loaded };
}
function withConfig(command) {
    return command.option('--config <file>', 'kubeadm configuration file (kubeadm.k8s.io/v1beta4)');
}
function withNodeFlags(command) {
    return withConfig(command)
        .option('--cert-dir <dir>', `where certificates are stored (default ${pkiDefaults.certificatesDir})`)
        .option('--apiserver-advertise-address <ip>', 'the IP address the API server advertises')
        .option('--apiserver-bind-port <port>', 'the API server port (default 6443)')
        .option('--node-name <name>', 'the node name')
        .option('--control-plane-endpoint <host[:port]>', 'a stable address for the control plane')
        .option('--service-cidr <cidr>', `service subnet (default ${pkiDefaults.serviceSubnet})`)
        .option('--service-dns-domain <domain>', `service DNS domain (default ${pkiDefaults.dnsDomain})`)
        .option('--apiserver-cert-extra-sans <list>', 'extra SANs (comma separated) for the API server certificate')
        .option('--kubernetes-version <version>', 'the Kubernetes version of the control plane')
        .option('--encryption-algorithm <alg>', `key algorithm (${encryptionAlgorithms.join(', ')})`);
}
function withKubeconfig(command) {
    return command.option('--kubeconfig <file>', 'the kubeconfig used to talk to the cluster', ADMIN_KUBECONFIG);
}
async function openCluster(path) {
    const text = await readInput(path, '--kubeconfig');
    return { text, api: await clusterApiFromKubeconfig(text) };
}
async function runCerts(phase, flags) {
    const inputs = pkiInputs((await nodeSettings(flags)).settings);
    out(`[certs] Using certificateDir folder "${inputs.certificatesDir}"`);
    const results = await ensurePki(new LocalHost(), inputs, phase === 'all' ? {} : { only: [phase] });
    for (const r of results) {
        const what = r.name === 'sa' ? '"sa" key and public key' : `"${r.name}" certificate and key`;
        out(r.action === 'created' ? `[certs] Generating ${what}` : `[certs] Using existing ${what}`);
        if (r.dnsNames)
            out(`[certs] ${r.name} serving cert is signed for DNS names [${r.dnsNames.join(' ')}] and IPs [${(r.ips ?? []).join(' ')}]`);
    }
}
async function runKubeconfig(phase, flags) {
    const inputs = kubeconfigInputs((await nodeSettings(flags)).settings, flags.kubeconfigDir ?? '/etc/kubernetes');
    out(`[kubeconfig] Using kubeconfig folder "${inputs.kubeconfigDir}"`);
    const results = await ensureKubeconfigs(new LocalHost(), inputs, phase === 'all' ? {} : { only: [phase] });
    for (const r of results) {
        out(r.action === 'created' ? `[kubeconfig] Writing "${r.name}.conf" kubeconfig file` : `[kubeconfig] Using existing kubeconfig file: "${r.name}.conf"`);
        if (r.serverMismatch)
            out(`[kubeconfig] warning: "${r.name}.conf" points at ${r.serverMismatch}`);
    }
}
async function runUploadCerts(flags) {
    if (!flags.uploadCerts) {
        out('[upload-certs] Skipping phase. Please see --upload-certs');
        return;
    }
    const { settings, loaded } = await nodeSettings(flags);
    const key = flags.certificateKey ?? loaded.init?.certificateKey ?? certificateKey();
    const { api } = await openCluster(flags.kubeconfig);
    out('[upload-certs] Storing the certificates in Secret "kubeadm-certs" in the "kube-system" Namespace');
    const external = settings.cluster.etcd.external;
    await uploadCerts(api, new LocalHost(), { certificatesDir: settings.cluster.certificatesDir, certificateKey: key, ...(external ? { externalEtcd: external } : {}) });
    out('[upload-certs] Using certificate key:');
    out(key);
}
function tokenTtl(info, now) {
    if (!info.expires)
        return '<forever>';
    const ms = info.expires.getTime() - now;
    if (ms <= 0)
        return '<invalid>';
    const s = Math.round(ms / 1000);
    if (s < 120)
        return `${s}s`;
    if (s < 7200)
        return `${Math.floor(s / 60)}m`;
    if (s < 172_800)
        return `${Math.floor(s / 3600)}h`;
    return `${Math.floor(s / 86_400)}d`;
}
function tokenTable(tokens) {
    const now = Date.now();
    const rows = [
        ['TOKEN', 'TTL', 'EXPIRES', 'USAGES', 'DESCRIPTION', 'EXTRA GROUPS'],
        ...tokens.map((t) => [
            t.token,
            tokenTtl(t, now),
            t.expires ? t.expires.toISOString().replace(/\.\d{3}Z$/, 'Z') : '<never>',
            t.usages.join(','),
            t.description || '<none>',
            t.groups.join(','),
        ]),
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] + 3))).join('').trimEnd()).join('\n');
}
const csv = (v) => v.split(',').map((s) => s.trim()).filter(Boolean);
/**
 * The node-local kubeadm-compatible commands: `init phase certs|kubeconfig|etcd|control-plane|upload-certs`,
 * `certs …` and `token …`, with kubeadm's names and flags.
 */
export function registerKubeadm(program) {
    const init = program.command('init').description('node-local phases of kubeadm init');
    const phase = init.command('phase').description('run one phase of kubeadm init on this machine');
    const certs = phase.command('certs').description('certificate generation');
    for (const name of ['all', ...certPhaseNames]) {
        withNodeFlags(certs.command(name).description(name === 'all' ? 'generate all certificates' : `generate the ${name} certificate`)).action((flags) => runCerts(name, flags));
    }
    const kubeconfig = phase.command('kubeconfig').description('kubeconfig file generation');
    for (const name of ['all', ...kubeconfigPhaseNames]) {
        withNodeFlags(kubeconfig.command(name).description(name === 'all' ? 'generate all kubeconfig files' : `generate ${name}.conf`))
            .option('--kubeconfig-dir <dir>', 'where kubeconfig files are written', '/etc/kubernetes')
            .action((flags) => runKubeconfig(name, flags));
    }
    const etcd = phase.command('etcd').description('etcd static pod manifest');
    withNodeFlags(etcd.command('local').description('write the static pod manifest of a local single-member etcd')).action(async (flags) => {
        const { settings } = await nodeSettings(flags);
        if (!settings.cluster.etcd.local) {
            out('[etcd] External etcd mode. Skipping the creation of a manifest for local etcd');
            return;
        }
        out(`[etcd] Creating static Pod manifest for local etcd in "${MANIFESTS_DIR}"`);
        await writeEtcdManifest(new LocalHost(), settings);
    });
    const controlPlane = phase.command('control-plane').description('control-plane static pod manifests');
    const components = {
        all: CONTROL_PLANE_COMPONENTS,
        apiserver: ['kube-apiserver'],
        'controller-manager': ['kube-controller-manager'],
        scheduler: ['kube-scheduler'],
    };
    for (const [name, only] of Object.entries(components)) {
        withNodeFlags(controlPlane.command(name).description(name === 'all' ? 'write all control-plane static pods' : `write the ${only[0]} static pod`)).action(async (flags) => {
            const { settings } = await nodeSettings(flags);
            out(`[control-plane] Using manifest folder "${MANIFESTS_DIR}"`);
            for (const c of only)
                out(`[control-plane] Creating static Pod manifest for "${c}"`);
            await writeControlPlaneManifests(new LocalHost(), settings, { only });
        });
    }
    withKubeconfig(withNodeFlags(phase.command('upload-certs').description('upload the shared certificates to the kubeadm-certs Secret')))
        .option('--upload-certs', 'upload the control-plane certificates (otherwise the phase is skipped)')
        .option('--certificate-key <key>', 'the key that encrypts the certificates (refused with --config: put it in the file)')
        .action((flags) => runUploadCerts(flags));
    const certsCmd = program.command('certs').description('certificate utilities: on this machine as kubeadm, or with -f on every host of a cluster');
    registerClusterCerts(certsCmd);
    certsCmd
        .command('certificate-key')
        .description('print a new certificate key for upload-certs')
        .action(() => {
        out(certificateKey());
    });
    withConfig(certsCmd.command('check-expiration').description('check the expiry of the local PKI and kubeconfig certificates, as kubeadm'))
        .option('--cert-dir <dir>', `where certificates are stored (default ${pkiDefaults.certificatesDir}; ignored with --config, as by kubeadm)`)
        .option('-f, --file <cluster.yaml>', "every host of this cluster file instead of this machine's files")
        .addOption(outputOption())
        .action(async (flags) => {
        if (flags.file !== undefined)
            return checkClusterExpiration(flags.file, flags.output);
        const options = { certificatesDir: flags.certDir ?? pkiDefaults.certificatesDir, kubernetesDir: KUBERNETES_DIR, externalEtcd: false };
        if (flags.config) {
            // kubeadm takes everything from the file then, certificatesDir included.
            const cluster = (await loadConfig({ config: flags.config })).loaded.cluster;
            if (flags.certDir !== undefined)
                process.stderr.write(`warning: --cert-dir is ignored with --config (as kubeadm does); using the file's certificatesDir\n`);
            options.certificatesDir = cluster?.certificatesDir ?? pkiDefaults.certificatesDir;
            options.externalEtcd = cluster?.etcd.external !== undefined;
        }
        process.stdout.write(formatCertificateExpiration(await checkExpiration(new LocalHost(), options)));
    });
    const token = program.command('token').description('bootstrap tokens');
    token
        .command('generate')
        .description('print a new random bootstrap token')
        .action(() => {
        out(formatToken(generateToken()));
    });
    withKubeconfig(withConfig(token.command('create [token]').description('create a bootstrap token on the cluster and print it')))
        .option('--ttl <duration>', 'time before the token is deleted, e.g. 1h0m0s; 0 means never (default 24h0m0s)')
        .option('--description <text>', 'a human-friendly description of the token')
        .option('--usages <list>', 'comma-separated usages: signing, authentication')
        .option('--groups <list>', 'comma-separated extra groups the token authenticates as')
        .option('--print-join-command', 'print the whole kubeadm join command instead of the token')
        .option('--certificate-key <key>', 'with --print-join-command: print the control-plane join command with this key')
        .action(async (given, flags) => {
        if (flags.certificateKey !== undefined && !flags.printJoinCommand) {
            throw new InputError('reading flags', [{ path: '--certificate-key', message: 'only makes sense with --print-join-command' }]);
        }
        const base = flags.config ? tokenOptionsFromConfig((await loadConfig({ config: flags.config })).loaded.init?.bootstrapTokens[0]) : {};
        const { text, api } = await openCluster(flags.kubeconfig);
        const created = await createBootstrapToken(api, {
            ...base,
            ...(given === undefined ? {} : { token: given }),
            ...(flags.ttl === undefined ? {} : { ttl: flags.ttl }),
            ...(flags.description === undefined ? {} : { description: flags.description }),
            ...(flags.usages === undefined ? {} : { usages: csv(flags.usages) }),
            ...(flags.groups === undefined ? {} : { groups: csv(flags.groups) }),
        });
        out(flags.printJoinCommand ? joinCommandForKubeconfig(currentCluster(text), formatToken(created), flags.certificateKey) : formatToken(created));
    });
    withKubeconfig(token.command('list').description('list the bootstrap tokens on the cluster')).action(async (flags) => {
        const { api } = await openCluster(flags.kubeconfig);
        out(tokenTable(await listBootstrapTokens(api)));
    });
    withKubeconfig(token.command('delete <token...>').description('delete bootstrap tokens, given by id or as <id>.<secret>')).action(async (tokens, flags) => {
        const { api } = await openCluster(flags.kubeconfig);
        for (const t of tokens)
            out(`bootstrap token "${await deleteBootstrapToken(api, t)}" deleted`);
    });
}
//# sourceMappingURL=kubeadm.js.map