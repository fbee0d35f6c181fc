import type { Host } from '../../transport/host.js';
/** Where each kubeadm run's whole output is kept on its host (redacted, 0600), one file per command. */
export declare const KUBEADM_LOG_DIR = "/var/log/kubeha";
export interface KubeadmFailure {
    /** The workflow phase kubeadm names in its error (e.g. `control-plane-prepare/download-certs`). */
    phase?: string;
    /** The last `[stage]` kubeadm announced before it stopped (e.g. `wait-control-plane`). */
    lastStage?: string;
    /** kubeadm's own reason, without the stack-trace hint. */
    reason?: string;
}
/**
 * Reads kubeadm's failure from its output. kubeadm 1.37 exits 1 for every failure and prints
 * `error: error execution phase <phase>: <reason>` on stderr when a workflow phase failed.
 */
export declare function kubeadmFailure(stdout: string, stderr: string): KubeadmFailure;
/**
 * Runs kubeadm on a host, keeps its whole output there, and turns a failure into a kubeha error that names
 * the host, the kubeadm command and the phase, with the tail of the output.
 */
export interface RunKubeadmOptions {
    timeoutMs?: number;
    /**
     * The log's name when the subcommand alone does not tell runs apart (one `kubeadm join` in parts, each with
     * its own --skip-phases), so that no part overwrites another's log: `/var/log/kubeha/kubeadm-<log>.log`.
     */
    log?: string;
}
export declare function runKubeadm(host: Host, args: readonly string[], doing: string, options?: RunKubeadmOptions): Promise<void>;
