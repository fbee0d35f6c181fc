import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KubehaError } from '../errors.js';
import { defineClusterStep } from '../plan/step.js';
import { firstControlPlane } from '../cluster/context.js';
/** The first control plane's admin.conf, as the user's copy should be. */
async function desired(ctx) {
    const host = await ctx.hosts.get(firstControlPlane(ctx.cluster));
    const admin = await host.readFile('/etc/kubernetes/admin.conf');
    if (admin === undefined)
        throw new KubehaError('/etc/kubernetes/admin.conf is missing', { doing: 'reading the admin kubeconfig', host: host.name });
    return admin;
}
/** Step 7: the admin kubeconfig for the user, pointing at the load-balanced endpoint, 0600. */
export const adminKubeconfig = defineClusterStep({
    id: 'admin-kubeconfig',
    title: 'Write the admin kubeconfig',
    needs: ['init/addon'],
    done: adminKubeconfigCurrent,
    run: writeAdminKubeconfig,
});
/** Read-only: the user's admin kubeconfig is the first control plane's admin.conf. */
export async function adminKubeconfigCurrent(ctx) {
    const current = await readFile(ctx.adminKubeconfigPath).catch(() => undefined);
    return current !== undefined && current.equals(await desired(ctx));
}
export async function writeAdminKubeconfig(ctx) {
    await mkdir(dirname(ctx.adminKubeconfigPath), { recursive: true, mode: 0o700 });
    const tmp = `${ctx.adminKubeconfigPath}.kubeha-new`;
    await writeFile(tmp, await desired(ctx), { mode: 0o600 });
    await rename(tmp, ctx.adminKubeconfigPath);
}
//# sourceMappingURL=admin-kubeconfig.js.map