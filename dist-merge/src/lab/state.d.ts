import { type HostRole, type LabSpec } from './constants.js';
import { type ProcessId } from './proc.js';
/**
 * The lab's record on disk (root-only). Written before each resource is made, so `destroy` can undo a
 * `create` that crashed half-way.
 */
export type HostStatus = 'planned' | 'network' | 'booting' | 'up';
export interface LabHostState {
    name: string;
    role: HostRole;
    address: string;
    netns: string;
    veth: {
        outside: string;
        inside: string;
    };
    /** Backing directory of the host's own filesystem parts. */
    dir: string;
    status: HostStatus;
    /** The `unshare` process that holds the host's PID namespace (parent of pid1). */
    launcher?: ProcessId;
    /** The host's PID 1 (runsvdir) as seen from the root namespace. */
    pid1?: ProcessId;
    /** The host's SSH public key, `type base64`. */
    hostKey?: string;
}
export interface LabState {
    version: 2;
    name: string;
    spec: LabSpec;
    createdAt: string;
    phase: 'creating' | 'ready' | 'destroying';
    dir: string;
    clientKeyFile: string;
    clientPublicKey?: string;
    knownHostsFile: string;
    /** The read-only base root filesystem every host boots from (an overlay each). */
    base: string;
    hosts: LabHostState[];
}
export declare function labDir(name: string, root?: string): string;
export declare function stateFile(dir: string): string;
export declare function readState(name: string, root?: string): Promise<LabState | undefined>;
export declare function writeState(state: LabState): Promise<void>;
export declare function listLabNames(root?: string): Promise<string[]>;
/**
 * A machine-wide lock around address allocation and the shared bridge. A lock left by a dead process
 * (checked by PID and start time) is taken over.
 */
export declare function withLabsLock<T>(fn: () => Promise<T>, root?: string): Promise<T>;
