import { type LabState } from '../../src/lab/index.js';
import { type ProcessId } from '../../src/lab/proc.js';
import type { Host } from '../../src/transport/host.js';
export declare const bin: (name: string) => string;
export declare function kubectlJson<T>(kubeconfig: string, args: string[]): Promise<T>;
export declare function readyNodes(kubeconfig: string): Promise<string[]>;
/** etcdctl from the admin side with a control plane's healthcheck-client certificate. */
export declare function etcdctl(cp: Host, endpoints: string[], args: string[]): Promise<string>;
/** kubeha's own waitFor, polling every second by default (the tests watch things that settle fast). */
export declare function eventually<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs: number, intervalMs?: number): Promise<T>;
/** A pod on one worker answers HTTP from a pod on another: the CNI's pod network spans hosts. */
export declare function podToPod(kubeconfig: string, image: string, from: string, to: string): Promise<string>;
/** The flannel image of the artifacts: it carries busybox, enough for a web server and a client. */
export declare function flannelImage(): Promise<string>;
/**
 * Every pod of the namespace Ready, and no restart counter growing over `settleMs` once they are: waits up to
 * `timeoutMs` for that, then names what is not so. Returns the pods' names.
 */
export declare function podsReadyAndStable(kubeconfig: string, namespace?: string, timeoutMs?: number, settleMs?: number): Promise<string[]>;
/** `member list` as etcdctl prints it with `-w simple`: how many started voters and how many learners. */
export declare function etcdVoters(memberList: string): {
    voters: number;
    learners: number;
    unstarted: number;
};
/** The load balancers whose eth0 holds `vip`, read with `ip addr` in each one's network namespace. */
export declare function vipHolders(lab: LabState, vip: string): Promise<string[]>;
/** The server of a kubeconfig's first cluster. */
export declare function kubeconfigServer(kubeconfig: string): Promise<string>;
/**
 * The lab's power-off (what labPower does in drills: the host unplugged, then every process of its namespaces
 * killed), then proof that it is off (confirmOff).
 */
export declare function powerOff(lab: LabState, name: string): Promise<void>;
/** A host is off: its PID 1 gone, no process left in its network namespace, nothing answering at its address, not even with a TCP reset. */
export declare function confirmOff(lab: LabState, name: string, pid1: ProcessId): Promise<void>;
/**
 * kubeadm's kubeadm-certs: owned by a bootstrap token (the same uid, so the garbage collector deletes the
 * Secret with it) whose expiration is 2 h after the upload. Returns the owner's name and the TTL in ms.
 */
export declare function kubeadmCertsOwner(kubeconfig: string): Promise<{
    owner: string;
    ttlMs: number;
}>;
/**
 * Opens the cluster's real kubeadm-certs Secret with the certificate key, as kubeadm's copycerts does (AES-256-GCM,
 * the 12-byte nonce first, the tag last; written here with node:crypto, not kubeha's code), and names every
 * entry whose plaintext differs from the file on the first control plane.
 */
export declare function kubeadmCertsMismatches(kubeconfig: string, cp1: Host, certificateKey: string, files: Record<string, string>): Promise<string[]>;
/** The files kubeadm uploads, by their Secret entry, for stacked etcd (kubeadm's copycerts list). */
export declare const STACKED_CERTS_FILES: Record<string, string>;
