import type { ValidationIssue } from '../../errors.js';
import type { Host } from '../../transport/host.js';
/** Ports each role needs free on a fresh host (kubeadm's preflight list). */
export declare const PORTS: Readonly<Record<string, readonly number[]>>;
/** The commands kubeha itself runs on a host of this role (kubeadm's own preflight checks what it runs). */
export declare function requiredCommands(role: string, cluster: {
    spec: {
        loadBalancer: object;
    };
}): string[];
export interface HostFacts {
    /** Of the commands asked about, those not on the PATH. */
    missingCommands: string[];
    swapOn: boolean;
    ipForward: boolean;
    bridgeNetfilter: boolean;
    listening: number[];
    kubelet?: string;
    kubeadm?: string;
    containerd: boolean;
    haproxy: boolean;
    configured: boolean;
}
/** Read-only facts from a host, a handful of short commands on the open connection. */
export declare function gatherFacts(host: Host, commands?: readonly string[]): Promise<HostFacts>;
/** Every problem with a host at once; nothing here changes the host. */
export declare function checkFacts(facts: HostFacts, role: string, version: string): ValidationIssue[];
