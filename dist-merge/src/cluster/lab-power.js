import { startHost, stopHost } from '../lab/index.js';
/** The lab's hosts are powered off for real: every process of the host's namespaces killed at once. */
export function labPower(labName) {
    return {
        kind: 'lab host powered off',
        off: async (ctx, name) => {
            await stopHost(labName, name);
            await ctx.hosts.forget(name);
        },
        on: async (ctx, name) => {
            await startHost(labName, name);
            await ctx.hosts.forget(name);
        },
    };
}
//# sourceMappingURL=lab-power.js.map