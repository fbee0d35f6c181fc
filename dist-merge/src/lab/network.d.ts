export declare function linkExists(name: string): Promise<boolean>;
export declare function netnsExists(name: string): Promise<boolean>;
export declare function ensureBridge(): Promise<void>;
export declare function removeBridge(): Promise<void>;
export interface HostNetwork {
    host: string;
    netns: string;
    address: string;
    veth: {
        outside: string;
        inside: string;
    };
}
/** Namespace, veth pair (outside end on the bridge, inside end renamed eth0), address and default route. */
export declare function createHostNetwork(n: HostNetwork): Promise<void>;
/** Idempotent: removing the namespace takes the inside end (and so the pair) with it. */
export declare function removeHostNetwork(n: Pick<HostNetwork, 'host' | 'netns' | 'veth'>): Promise<void>;
/**
 * The network side of a power cut: the bridge end of the host's veth down, so nothing answers at its addresses
 * any more, not even ARP or a TCP reset. Killing its processes alone left the namespace's kernel answering: a
 * "powered-off" load balancer still held the VIP and refused connections to it (drill, lab).
 */
export declare function unplugHost(n: Pick<HostNetwork, 'host' | 'veth'>): Promise<void>;
/** Powering on: eth0 holds only the host's own address again (a VIP added at run time is gone, as after a reboot), link up. */
export declare function plugHost(n: HostNetwork): Promise<void>;
