import { defineHostStep } from '../../plan/step.js';
import { preparedHosts } from './hosts.js';
/** As kubeadm's install guide: the modules and sysctls for bridged pod traffic, kept across reboots. */
export const MODULES_CONF = { path: '/etc/modules-load.d/kubeha.conf', data: 'overlay\nbr_netfilter\n', mode: 0o644 };
export const SYSCTL_CONF = {
    path: '/etc/sysctl.d/99-kubeha.conf',
    data: 'net.bridge.bridge-nf-call-iptables = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nnet.ipv4.ip_forward = 1\n',
    mode: 0o644,
};
// Built-in modules have no /sys/module entry of their own: look for what each module provides instead.
const LOAD_MODULES = 'grep -qw overlay /proc/filesystems || modprobe overlay; test -e /proc/sys/net/bridge/bridge-nf-call-iptables || modprobe br_netfilter';
const STATE = 'cat /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/bridge/bridge-nf-call-iptables 2>/dev/null || echo none; wc -l < /proc/swaps';
// The kubelet refuses to run with swap on (failSwapOn); commenting out fstab's swap lines keeps it off.
const SWAP_OFF = 'if [ "$(wc -l < /proc/swaps)" -gt 1 ]; then swapoff -a && sed -i "/[[:space:]]swap[[:space:]]/ s/^[^#]/#&/" /etc/fstab; fi';
/** Host preparation: kernel modules, sysctls and swap as kubeadm's preflight expects them. */
export const prepareKernel = defineHostStep({
    id: 'prepare/kernel',
    title: 'Kernel modules, sysctls and swap for the kubelet',
    needs: [],
    hosts: (c) => preparedHosts(c, 'node'),
    concurrency: () => Infinity,
    done: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        const state = await host.exec(['sh', '-c', STATE], { allowFailure: true });
        const [forward, bridged, swaps] = state.stdout.trim().split('\n');
        if (state.code !== 0)
            return false;
        if (forward !== '1' || bridged !== '1' || Number(swaps) > 1)
            return false;
        for (const f of [MODULES_CONF, SYSCTL_CONF])
            if ((await host.readFile(f.path))?.toString() !== f.data)
                return false;
        return true;
    },
    run: async (ctx, name) => {
        const host = await ctx.hosts.get(name);
        await host.writeFiles([MODULES_CONF, SYSCTL_CONF]);
        await host.exec(['sh', '-c', LOAD_MODULES], { doing: 'loading the overlay and br_netfilter modules' });
        await host.exec(['sysctl', '-q', '-p', SYSCTL_CONF.path], { doing: 'applying the sysctls' });
        await host.exec(['sh', '-c', SWAP_OFF], { doing: 'turning swap off' });
    },
});
//# sourceMappingURL=kernel.js.map