import type { Host } from '../transport/host.js';
import { type ClusterFile, type HostSpec } from '../config/cluster.js';
/** Opens one SSH connection per host on first use and keeps it; closes them all at the end. */
export interface HostPool {
    get(name: string): Promise<Host>;
    spec(name: string): HostSpec;
    /** Closes and drops the host's connection (it was powered off): the next get() connects again. */
    forget(name: string): Promise<void>;
    closeAll(): Promise<void>;
}
/** Opens a connection to a host of the cluster file (SSH by default; the lab passes its own). */
export type Connector = (spec: HostSpec) => Promise<Host>;
/** `~` and `~/…` mean the admin's home directory, as in ssh_config (the README's own cluster file uses it). */
export declare function expandHome(path: string): string;
/** One jump host as written in `proxyJump` (`[user@]host[:port]`); undefined for `none`. */
export declare function parseProxyJump(value: string): {
    user?: string;
    host: string;
    port?: number;
} | undefined;
/**
 * How each host is reached over SSH, from the cluster file: its user (a non-root one runs everything through
 * sudo), its key file and/or the SSH agent (SSH_AUTH_SOCK; the key first, then the agent), its jump host and
 * known_hosts. Every key file is read and checked here, once, before any host is contacted: a bad one is an
 * InputError naming the file and the field, not an ssh2 error per host.
 */
export declare function sshConnector(cluster: ClusterFile, env?: Readonly<Record<string, string | undefined>>): Promise<Connector>;
/** The host connected and answering a trivial command, or why not (unreachable, powered off, auth refused). */
export declare function answering(hosts: HostPool, name: string): Promise<{
    host?: Host;
    error?: string;
}>;
export declare function hostPool(cluster: ClusterFile, connect: Connector): HostPool;
