import { type EventSink } from '../events.js';
import type { ExecOptions, ExecResult } from '../transport/host.js';
import { SshHost } from '../transport/ssh.js';
import { type LabSpec } from './constants.js';
import { type LabHostState, type LabState } from './state.js';
export interface CreateLabOptions {
    /** The hosts' read-only base root filesystem. Default: the cached Debian base (built on first use). */
    base?: string;
    /** Where lab state lives (tests only). */
    root?: string;
    events?: EventSink;
    /** Leave a failed lab in place for inspection instead of destroying it. */
    keepOnFailure?: boolean;
    /** Time allowed for each host's services to come up. */
    readyTimeoutMs?: number;
}
export interface DestroyLabOptions {
    root?: string;
    events?: EventSink;
}
export declare function createLab(input?: Partial<LabSpec>, options?: CreateLabOptions): Promise<LabState>;
/** Who logs in to a lab host and through which host: what the cluster file, `lab ssh` and the tests use. */
export declare function labLogin(lab: LabState, hostName: string): {
    user: string;
    jump?: LabHostState;
};
export declare function destroyLab(name?: string, options?: DestroyLabOptions): Promise<boolean>;
export interface LabSummary {
    name: string;
    phase: LabState['phase'];
    hosts: {
        name: string;
        role: string;
        address: string;
        running: boolean;
    }[];
}
export declare function listLabs(root?: string): Promise<LabSummary[]>;
export declare function loadLab(name?: string, root?: string): Promise<LabState>;
/**
 * Powers one host off at once (its PID 1 and everything in its PID namespace): the honest stand-in for a
 * crashed machine. Its disks (backing directories) and network stay.
 */
export declare function stopHost(name: string, hostName: string, root?: string): Promise<void>;
/** Powers a stopped host on again, with the same disks, address and host key; back when sshd answers. */
export declare function startHost(name: string, hostName: string, root?: string): Promise<void>;
/**
 * The argv that runs a command inside a host through nsenter (no SSH), with a clean environment.
 * Refuses when the recorded PID 1 is no longer the same process: never enter a reused PID.
 */
export declare function hostExecArgv(lab: LabState, hostName: string, argv: readonly string[], env?: Readonly<Record<string, string>>): Promise<string[]>;
/** Runs a command inside a host through nsenter; throws CommandError on failure unless allowFailure. */
export declare function execInHost(lab: LabState, hostName: string, argv: readonly string[], options?: ExecOptions): Promise<ExecResult>;
/**
 * The system ssh client's argv for a host: the lab's key, the lab's known_hosts, strict host key checking; the
 * host's login user, and its jump host as a ProxyCommand (`-J` would not pass these options to the jump).
 */
export declare function sshArgv(lab: LabState, hostName: string, command?: readonly string[]): string[];
/** An SSH connection to a lab host that accepts only the host key the lab recorded. */
export declare function connectLabHost(lab: LabState | string, hostName: string): Promise<SshHost>;
