import type { Readable } from 'node:stream';

/**
 * What steps may do to a machine. Implemented over SSH (real hosts and lab hosts) and locally
 * (node-local commands such as `kubeha init phase certs`). Deliberately small: no spec, no facts,
 * no per-OS behaviour lives here.
 */

export interface ExecOptions {
  /** Bytes, text or a stream written to the command's standard input, then closed; a stream with backpressure. */
  stdin?: string | Buffer | Readable;
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

/** Whether standard input is a stream (piped) rather than bytes or text (written at once). */
export function isStream(stdin: ExecOptions['stdin']): stdin is Readable {
  return typeof stdin === 'object' && !Buffer.isBuffer(stdin);
}

/** A finished command: its exit code (or signal), output and duration. */
export interface ExecResult {
  code: number | null;
  signal?: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A file of the admin machine, read as it is sent. */
export interface FileSource {
  file: string;
  /** Its size in bytes, known beforehand (a tar header precedes the bytes); a file of another size fails the write. */
  size: number;
}

interface FileToWriteBase {
  path: string;
  /** Octal mode, e.g. 0o600 for keys. */
  mode: number;
}

/** A file whose content is in memory: configs, keys, manifests. */
export interface FileWithData extends FileToWriteBase {
  data: string | Buffer;
  source?: never;
}

/**
 * A file whose content streams from the admin machine: binaries and image archives of ~100 MB, which sent to
 * dozens of hosts at once would each be held in memory once per host.
 */
export interface FileFromSource extends FileToWriteBase {
  source: FileSource;
  data?: never;
}

export type FileToWrite = FileWithData | FileFromSource;

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

export async function writeFile(host: Host, path: string, data: string | Buffer, mode: number): Promise<void> {
  await host.writeFiles([{ path, data, mode }]);
}
