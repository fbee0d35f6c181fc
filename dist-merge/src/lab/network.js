import { run } from '../util/process.js';
import { LAB_BRIDGE, LAB_GATEWAY, LAB_PREFIX_LENGTH } from './constants.js';
/** The shared bridge and each host's network namespace + veth, made with iproute2 (argv only). */
async function ip(args, doing, host) {
    await run(['ip', ...args], { doing, ...(host === undefined ? {} : { host }) });
}
async function exists(args) {
    return (await run(['ip', ...args], { allowFailure: true })).code === 0;
}
export async function linkExists(name) {
    return exists(['link', 'show', 'dev', name]);
}
export async function netnsExists(name) {
    const r = await run(['ip', 'netns', 'list'], { allowFailure: true });
    return r.stdout.split('\n').some((line) => line.split(' ')[0] === name);
}
export async function ensureBridge() {
    if (!(await linkExists(LAB_BRIDGE))) {
        await ip(['link', 'add', LAB_BRIDGE, 'type', 'bridge'], 'creating the lab bridge');
    }
    const addrs = await run(['ip', '-o', '-4', 'addr', 'show', 'dev', LAB_BRIDGE], { doing: 'reading the lab bridge' });
    if (!addrs.stdout.includes(` ${LAB_GATEWAY}/`)) {
        await ip(['addr', 'add', `${LAB_GATEWAY}/${LAB_PREFIX_LENGTH}`, 'dev', LAB_BRIDGE], 'addressing the lab bridge');
    }
    await ip(['link', 'set', LAB_BRIDGE, 'up'], 'bringing the lab bridge up');
}
export async function removeBridge() {
    if (await linkExists(LAB_BRIDGE))
        await ip(['link', 'del', LAB_BRIDGE], 'removing the lab bridge');
}
/** Namespace, veth pair (outside end on the bridge, inside end renamed eth0), address and default route. */
export async function createHostNetwork(n) {
    const doing = 'wiring the host network';
    if (!(await netnsExists(n.netns)))
        await ip(['netns', 'add', n.netns], doing, n.host);
    if (!(await linkExists(n.veth.outside))) {
        await ip(['link', 'add', n.veth.outside, 'type', 'veth', 'peer', 'name', n.veth.inside], doing, n.host);
    }
    await ip(['link', 'set', n.veth.outside, 'master', LAB_BRIDGE, 'up'], doing, n.host);
    if (await linkExists(n.veth.inside))
        await ip(['link', 'set', n.veth.inside, 'netns', n.netns], doing, n.host);
    const inNs = (args) => ip(['-n', n.netns, ...args], doing, n.host);
    if (!(await exists(['-n', n.netns, 'link', 'show', 'dev', 'eth0'])))
        await inNs(['link', 'set', n.veth.inside, 'name', 'eth0']);
    await run(['ip', '-n', n.netns, 'addr', 'replace', `${n.address}/${LAB_PREFIX_LENGTH}`, 'dev', 'eth0'], { doing, host: n.host });
    await inNs(['link', 'set', 'eth0', 'up']);
    await inNs(['link', 'set', 'lo', 'up']);
    await inNs(['route', 'replace', 'default', 'via', LAB_GATEWAY]);
}
/** Idempotent: removing the namespace takes the inside end (and so the pair) with it. */
export async function removeHostNetwork(n) {
    if (await netnsExists(n.netns))
        await ip(['netns', 'del', n.netns], 'removing the host network namespace', n.host);
    for (const name of [n.veth.outside, n.veth.inside]) {
        if (!(await linkExists(name)))
            continue;
        // The pair may be going away with the namespace right now: only a link that stays is an error.
        const r = await run(['ip', 'link', 'del', name], { allowFailure: true });
        if (r.code !== 0 && (await linkExists(name))) {
            await ip(['link', 'del', name], 'removing the host veth', n.host);
        }
    }
}
/**
 * The network side of a power cut: the bridge end of the host's veth down, so nothing answers at its addresses
 * any more, not even ARP or a TCP reset. Killing its processes alone left the namespace's kernel answering: a
 * "powered-off" load balancer still held the VIP and refused connections to it (drill, lab).
 */
export async function unplugHost(n) {
    if (await linkExists(n.veth.outside))
        await ip(['link', 'set', n.veth.outside, 'down'], 'unplugging the host', n.host);
}
/** Powering on: eth0 holds only the host's own address again (a VIP added at run time is gone, as after a reboot), link up. */
export async function plugHost(n) {
    if (await netnsExists(n.netns))
        await run(['ip', '-n', n.netns, 'addr', 'flush', 'dev', 'eth0'], { allowFailure: true });
    await createHostNetwork(n);
}
//# sourceMappingURL=network.js.map