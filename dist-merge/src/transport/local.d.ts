import type { ExecOptions, ExecResult, FileToWrite, Host } from './host.js';
/** This machine as a Host: used by the node-local commands (`kubeha init phase …`) and by tests. */
export declare class LocalHost implements Host {
    readonly name: string;
    constructor(name?: string);
    exec(argv: readonly string[], options?: ExecOptions): Promise<ExecResult>;
    readFile(path: string): Promise<Buffer | undefined>;
    writeFiles(files: readonly FileToWrite[]): Promise<void>;
    close(): Promise<void>;
}
