import { answering } from '../../cluster/host-pool.js';
import { KubehaError } from '../../errors.js';
import { waitFor } from '../../util/wait.js';
import { serversState, setServerState } from './admin-socket.js';
import { lbHosts } from './load-balancer.js';
/**
 * A control plane out of the load balancers' rotation before its apiserver restarts, and back after: no new
 * connection goes to an apiserver that is stopping or starting. Every managed LB is asked; one that does not
 * answer is skipped (it sends nothing anywhere).
 */
/** How long connections that were already opened to a drained server get to finish: clients' short requests. */
const IN_FLIGHT_MS = 2000;
export async function takeOutOfRotation(ctx, name) {
    let drained = false;
    for (const lb of lbHosts(ctx.cluster)) {
        const { host } = await answering(ctx.hosts, lb);
        if (!host)
            continue;
        const state = (await serversState(host)).get(name);
        if (!state)
            continue;
        if (!state.drained)
            await setServerState(host, name, 'drain');
        drained = true;
    }
    if (drained)
        await new Promise((r) => setTimeout(r, IN_FLIGHT_MS));
}
/** Back in rotation once every LB's health check sees its apiserver ready. */
export async function backInRotation(ctx, name) {
    for (const lb of lbHosts(ctx.cluster)) {
        const { host } = await answering(ctx.hosts, lb);
        if (!host)
            continue;
        const state = (await serversState(host)).get(name);
        if (!state)
            continue;
        await waitFor(`haproxy on ${lb} to see ${name}'s apiserver ready`, async () => (await serversState(host)).get(name)?.up === true, 120_000, { host: lb, intervalMs: 250 }).catch((err) => {
            throw new KubehaError(err.message, { doing: `putting ${name} back into the load balancer`, host: lb }, { cause: err });
        });
        if (state.drained)
            await setServerState(host, name, 'ready');
    }
}
/** Read-only: some LB that answers holds this control plane drained. */
export async function outOfRotation(ctx, name) {
    for (const lb of lbHosts(ctx.cluster)) {
        const { host } = await answering(ctx.hosts, lb);
        if (host && (await serversState(host).catch(() => undefined))?.get(name)?.drained)
            return true;
    }
    return false;
}
//# sourceMappingURL=rotation.js.map