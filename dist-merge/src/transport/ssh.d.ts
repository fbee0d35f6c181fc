import type { ExecOptions, ExecResult, FileToWrite, Host } from './host.js';
/** Where to reach an SSH server and the host keys it must present. */
export interface SshEndpoint {
    /** Inventory name used in events and errors. */
    name: string;
    address: string;
    port?: number;
    /** Login user; when it is not root, every command runs through `sudo -n` (password-less sudo). */
    user?: string;
    /**
     * The host's public keys as `type base64` (known_hosts without the host field). The connection is
     * refused unless the server presents one of them: there is no "accept anything" mode.
     */
    knownHostKeys: readonly string[];
}
export interface SshTarget extends SshEndpoint {
    /** A private key (parsed and checked by the caller: ssh2's own error names no file). */
    privateKey?: Buffer | string;
    /** An SSH agent's socket (SSH_AUTH_SOCK). With privateKey as well, the key is tried first, then the agent. */
    agent?: string;
    /**
     * OpenSSH's ProxyJump: connect to this host first (same key and agent), then open a direct-tcpip channel from
     * it to the target. Both host keys are verified.
     */
    jump?: SshEndpoint;
    readyTimeoutMs?: number;
}
/**
 * The argv the remote shell runs for a login user other than root: through `sudo -n` (never a prompt), with the
 * environment on the command line, since sudo resets the one sshd passes.
 */
export declare function sudoArgv(argv: readonly string[], env?: Readonly<Record<string, string>>): string[];
/**
 * A Host reached over one long-lived SSH connection (ssh2), with TCP_NODELAY on; optionally through a jump
 * host, and as a sudoer: a login user other than root runs every command (file reads and writes too, they are
 * commands) as `sudo -n -- argv…`, so the Host interface stays the same for steps.
 */
export declare class SshHost implements Host {
    private readonly client;
    private readonly jumpClient;
    readonly name: string;
    private readonly sudo;
    private constructor();
    static connect(target: SshTarget): Promise<SshHost>;
    /** Fails at once, naming the host and the user, when sudo would ask for a password (or is missing). */
    private checkSudo;
    exec(argv: readonly string[], options?: ExecOptions): Promise<ExecResult>;
    readFile(path: string): Promise<Buffer | undefined>;
    writeFiles(files: readonly FileToWrite[]): Promise<void>;
    close(): Promise<void>;
}
