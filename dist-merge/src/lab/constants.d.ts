/** The one private network all labs share: a bridge in the root namespace, hosts from .10 up. */
export declare const LAB_SUBNET_PREFIX = "10.250.7";
export declare const LAB_BRIDGE = "kubeha0";
export declare const LAB_GATEWAY = "10.250.7.1";
export declare const LAB_PREFIX_LENGTH = 24;
export declare const FIRST_HOST_OCTET = 10;
export declare const LAST_HOST_OCTET = 254;
export declare const DEFAULT_LAB_NAME = "kubeha";
export declare const LABS_ROOT = "/var/lib/kubeha/labs";
export declare const PAUSE_IMAGE = "registry.k8s.io/pause:3.10.2";
export type HostRole = 'load-balancer' | 'control-plane' | 'etcd' | 'worker';
export interface LabSpec {
    name: string;
    loadBalancers: number;
    controlPlanes: number;
    etcd: number;
    workers: number;
    /**
     * Hosts reached only as a sudoer, like a cloud image: LAB_SUDO_USER with password-less sudo, and an sshd that
     * refuses root (`PermitRootLogin no`).
     */
    sudoHosts?: readonly string[];
    /** Hosts reached only through a jump host (target → jump host): their sshd admits only the jump host's address. */
    jumpHosts?: Readonly<Record<string, string>>;
    /**
     * Hosts without the lab's shared content (see lab/shared-content.ts), as real machines are: `up` sends them
     * every package, binary and image over SSH.
     */
    unsharedHosts?: readonly string[];
}
/** The login user of the lab's sudo hosts (Debian's cloud images call theirs `debian`). */
export declare const LAB_SUDO_USER = "debian";
export declare const DEFAULT_SPEC: Omit<LabSpec, 'name'>;
/** Host names in creation order: lb1…, cp1…, etcd1…, w1…. */
export declare function plannedHosts(spec: LabSpec): {
    name: string;
    role: HostRole;
}[];
export declare function validateSpec(spec: LabSpec): void;
export declare function validateLabName(name: string): void;
/** The lowest free addresses in the shared /24, given the ones other labs hold. */
export declare function allocateAddresses(count: number, used: ReadonlySet<string>): string[];
/** Network namespace name (under /run/netns) of one lab host. */
export declare function netnsName(lab: string, host: string): string;
/** Interface names are at most 15 bytes; the address is unique across labs, so it names the veth. */
export declare function vethNames(address: string): {
    outside: string;
    inside: string;
};
/** The cgroup root a host's kubelet gives its pods; several kubelets on one machine need distinct roots. */
export declare function kubeletCgroupRoot(lab: string, host: string): string;
