/**
 * What steps may do to a machine. Implemented over SSH (real hosts and lab hosts) and locally
 * (node-local commands such as `kubeha init phase certs`). Deliberately small: no spec, no facts,
 * no per-OS behaviour lives here.
 */
export interface ExecOptions {
    /** Bytes or text written to the command's standard input, then closed. */
    stdin?: string | Buffer;
    /** Kill the command after this long. */
    timeoutMs?: number;
    /** What this command is for, used in the error when it fails. */
    doing?: string;
    /** Return non-zero exits instead of throwing CommandError. */
    allowFailure?: boolean;
    env?: Readonly<Record<string, string>>;
    /** Standard output goes here as it arrives (a snapshot streamed to a file) instead of into the result. */
    onStdout?: (chunk: Buffer) => void;
}
/** A finished command: its exit code (or signal), output and duration. */
export interface ExecResult {
    code: number | null;
    signal?: string | null;
    stdout: string;
    stderr: string;
    ms: number;
}
export interface FileToWrite {
    path: string;
    data: string | Buffer;
    /** Octal mode, e.g. 0o600 for keys. */
    mode: number;
}
/** A machine kubeha works on: runs argv commands, reads files and writes them atomically. */
export interface Host {
    /** The name used in events and errors (the inventory name, e.g. cp1). */
    readonly name: string;
    exec(argv: readonly string[], options?: ExecOptions): Promise<ExecResult>;
    /** The file's bytes, or undefined when it does not exist. */
    readFile(path: string): Promise<Buffer | undefined>;
    /** Writes all files in one transfer, creating parent directories (0755); each file atomically. */
    writeFiles(files: readonly FileToWrite[]): Promise<void>;
    close(): Promise<void>;
}
export declare function writeFile(host: Host, path: string, data: string | Buffer, mode: number): Promise<void>;
