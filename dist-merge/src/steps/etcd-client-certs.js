import { defineHostStep } from '../plan/step.js';
import { hostsWithRole } from '../config/cluster.js';
import { firstControlPlane } from '../cluster/context.js';
import { missingLeafFiles, readEtcdCa } from '../cluster/etcd-pki.js';
import { nodeConfig, pkiInputs } from '../engines/native/node-config.js';
import { doing } from '../errors.js';
/** Not a secret: node configs need a well-formed token; this step uses only the etcd.external part. */
const UNUSED_TOKEN = 'abcdef.0123456789abcdef';
function config(ctx, name) {
    return nodeConfig(ctx.cluster, ctx.endpoint, ctx.hosts.spec(name), { token: UNUSED_TOKEN });
}
function targets(c) {
    const ext = c.cluster.etcd.external;
    return { targets: [{ leaf: 'apiserver-etcd-client', certPath: ext.certFile, keyPath: ext.keyFile }], caFile: ext.caFile };
}
async function etcdCaFromFirstMember(ctx) {
    const first = hostsWithRole(ctx.cluster, 'etcd')[0].name;
    return readEtcdCa(await ctx.hosts.get(first), config(ctx, first).cluster.certificatesDir).catch(() => undefined);
}
/**
 * The guide's "copy from any etcd node to the first control plane": the etcd CA certificate and an
 * apiserver-etcd-client certificate signed by it, at the etcd.external paths — and nothing else (no etcd CA
 * key, no member certificates). The other control planes get them from kubeadm-certs or the manual copy.
 */
export const etcdClientCerts = defineHostStep({
    id: 'etcd/client-certs',
    title: 'Give the first control plane its etcd client certificate',
    needs: ['etcd/cluster'],
    hosts: (c) => (c.spec.topology === 'external' ? [firstControlPlane(c)] : []),
    concurrency: () => 1,
    done: async (ctx, host) => {
        const name = host;
        const ca = await etcdCaFromFirstMember(ctx);
        if (!ca)
            return false;
        const c = config(ctx, name);
        const t = targets(c);
        return (await missingLeafFiles(await ctx.hosts.get(name), ca, pkiInputs(c), t.targets, t.caFile)).length === 0;
    },
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        const first = hostsWithRole(ctx.cluster, 'etcd')[0].name;
        const ca = await readEtcdCa(await ctx.hosts.get(first), config(ctx, first).cluster.certificatesDir);
        const c = config(ctx, name);
        const t = targets(c);
        await doing('writing the etcd CA certificate and apiserver-etcd-client', name, async () => {
            const files = await missingLeafFiles(host, ca, pkiInputs(c), t.targets, t.caFile);
            if (files.length > 0)
                await host.writeFiles(files);
        });
    },
});
//# sourceMappingURL=etcd-client-certs.js.map