import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { engineFor, namesWithRole } from '../../cluster/context.js';
import { probeConfig } from '../../cluster/joined.js';
import { kubectl } from '../../cluster/kubectl.js';
import { restartAndWait } from '../../cluster/static-pods.js';
import { pkiInputs } from '../../engines/native/node-config.js';
import { KubehaError } from '../../errors.js';
import { endpointHost, isDnsSan } from '../../kubeadm/pki/alt-names.js';
import { certList } from '../../kubeadm/pki/certlist.js';
import { certPath } from '../../kubeadm/pki/pki.js';
import { missingSans } from '../../kubeadm/pki/renew.js';
import { defineHostStep } from '../../plan/step.js';
import { waitFor } from '../../util/wait.js';
import { backInRotation, outOfRotation, takeOutOfRotation } from '../load-balancer/rotation.js';
/** The SANs the cluster file asks for now that this control plane's apiserver certificate file lacks (read-only). */
async function lacking(ctx, name) {
    const c = probeConfig(ctx, name);
    const data = await (await ctx.hosts.get(name)).readFile(certPath(c.cluster.certificatesDir, 'apiserver'));
    if (data === undefined)
        return { missing: [] };
    const cert = new X509Certificate(data);
    return { missing: missingSans(cert, certList(pkiInputs(c)).find((s) => s.name === 'apiserver')), cert };
}
/** The SANs a user adds (apiServer.certSANs, the endpoint's host): the names the running apiserver must be verified for. */
function userSans(ctx, name) {
    const inputs = pkiInputs(probeConfig(ctx, name));
    const names = [...inputs.certSANs, ...(inputs.controlPlaneEndpoint ? [endpointHost(inputs.controlPlaneEndpoint)] : [])];
    // A wildcard is verified through one name it covers.
    return [...new Set(names.filter((n) => isIP(n) !== 0 || isDnsSan(n)).map((n) => (n.startsWith('*.') ? `kubeha-probe.${n.slice(2)}` : n)))];
}
/**
 * Read-only: no user SAN is refused by the running apiserver's certificate (kubectl on the host, against the cluster
 * CA, with each SAN as the TLS server name). Only a certificate error counts: an apiserver that is starting or not
 * ready says nothing about its certificate, and restarting it for that (seen on a loaded lab, right after a join)
 * would be wrong.
 */
async function served(ctx, name) {
    const host = await ctx.hosts.get(name);
    const server = `https://${ctx.hosts.spec(name).address}:${probeConfig(ctx, name).bindPort}`;
    for (const san of userSans(ctx, name)) {
        const r = await kubectl(host, ['--server', server, `--tls-server-name=${san}`, '--request-timeout=5s', 'get', '--raw', '/version'], { allowFailure: true });
        if (r.code !== 0 && /x509|certificate/i.test(r.stderr))
            return false;
    }
    return true;
}
/**
 * SANs added after init (apiServer.certSANs, a new endpoint): each control plane whose apiserver certificate lacks
 * one gets a new certificate, one at a time. The apiserver reloads its serving certificate from the files
 * (dynamic serving certificates since Kubernetes 1.17): it serves the new one within seconds without a restart; only
 * if it does not, it is restarted while the load balancers have it drained.
 */
export const apiserverSans = defineHostStep({
    id: 'certs/apiserver-sans',
    title: 'Issue the apiserver certificate again where it lacks a SAN of the cluster file (one control plane at a time)',
    needs: ['load-balancer/backends'],
    hosts: (c) => namesWithRole(c, 'control-plane'),
    concurrency: () => 1,
    rolling: true,
    shows: { engine: true },
    // No certificate yet (a fresh host, before init or its join) is not done: the step's last effect is a served
    // certificate with every SAN, and the plan must not call a step "already" done that has nothing to show for it.
    done: async (ctx, name) => {
        const { missing, cert } = await lacking(ctx, name);
        return cert !== undefined && missing.length === 0 && (await served(ctx, name)) && !(await outOfRotation(ctx, name));
    },
    describe: async (ctx, name) => {
        const { missing } = await lacking(ctx, name);
        return missing.length > 0 ? `lacks ${missing.join(', ')}` : undefined;
    },
    run: async (ctx, name) => {
        if ((await lacking(ctx, name)).missing.length > 0)
            await engineFor(ctx, name).reissueApiserverCertificate(ctx, name);
        const after = await lacking(ctx, name);
        if (after.missing.length > 0) {
            throw new KubehaError(`the new apiserver certificate still lacks ${after.missing.join(', ')}`, { doing: 'adding SANs to the apiserver certificate', host: name });
        }
        const reloaded = await waitFor('the apiserver to serve the new certificate', () => served(ctx, name).catch(() => false), 90_000, { host: name, intervalMs: 1000 }).then(() => true, () => false);
        if (!reloaded) {
            await takeOutOfRotation(ctx, name);
            await restartAndWait(ctx, name, ['kube-apiserver']);
        }
        await backInRotation(ctx, name);
    },
});
//# sourceMappingURL=apiserver-sans.js.map