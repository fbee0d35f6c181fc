import { firstControlPlane } from '../../cluster/context.js';
import { certificateKey as newCertificateKey } from '../../kubeadm/copycerts/crypto.js';
import { formatToken, generateToken } from '../../kubeadm/token/token.js';
import { INIT_CONFIG_PATH, initConfig, writeInitConfig } from '../../engines/kubeadm/config.js';
import { readStoredSecrets } from '../../engines/stored-secrets.js';
import { defineHostStep } from '../../plan/step.js';
import { namesWithRole } from '../../cluster/context.js';
import { apiReady } from '../../cluster/kubectl.js';
import { PreconditionError } from '../../errors.js';
import { joinedHost } from './phase.js';
/**
 * A first control plane that has neither init nor join behind it, while another control plane of the file
 * already serves a cluster: init there would make a second cluster. Refused, naming the way out.
 */
async function refuseSecondCluster(ctx, name) {
    if ((await (await ctx.hosts.get(name)).readFile('/etc/kubernetes/admin.conf')) !== undefined)
        return;
    for (const other of namesWithRole(ctx.cluster, 'control-plane').filter((n) => n !== name)) {
        const host = await ctx.hosts.get(other).catch(() => undefined);
        if (host && (await apiReady(host))) {
            throw new PreconditionError(`${other} already serves this cluster, but ${name}, the first control plane in the file, is new: list a control plane that is already part of the cluster first (a new one joins it)`, {
                doing: 'writing the kubeadm init configuration',
                host: name,
            });
        }
    }
}
function wanted(ctx, name, stored) {
    const upload = ctx.cluster.spec.certificates === 'upload';
    if (stored.token === undefined || (upload && stored.certificateKey === undefined))
        return undefined;
    return initConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(name), { token: stored.token, ...(upload ? { certificateKey: stored.certificateKey } : {}) });
}
/**
 * kubeha's kubeadm init configuration on the first control plane (0600), the `--config` of every init phase
 * for both engines. It keeps the bootstrap token and the certificate key, so that a re-run reuses them.
 */
export const initConfigStep = defineHostStep({
    id: 'init/config',
    title: 'Write the kubeadm init configuration',
    // External etcd: the whole etcd cluster is healthy and the client certificate in place before init.
    needs: ['load-balancer', 'load-balancer/virtual-ip', 'etcd/cluster', 'etcd/client-certs'],
    hosts: (c) => [firstControlPlane(c)],
    concurrency: () => 1,
    // Done when the file holds what the cluster file says now, with the secrets it already keeps.
    done: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        if (await joinedHost(host))
            return true;
        const text = wanted(ctx, name, await readStoredSecrets(host));
        return text !== undefined && (await host.readFile(INIT_CONFIG_PATH))?.toString() === text;
    },
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        await refuseSecondCluster(ctx, name);
        const stored = await readStoredSecrets(host);
        const secrets = {
            token: stored.token ?? formatToken(generateToken()),
            ...(ctx.cluster.spec.certificates === 'upload' ? { certificateKey: stored.certificateKey ?? newCertificateKey() } : {}),
        };
        await writeInitConfig(ctx, host, secrets);
    },
});
//# sourceMappingURL=config.js.map