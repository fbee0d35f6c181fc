import type { ControlPlaneJoinPhase, InitPhase } from '../engine.js';
/** One `kubeadm` run: its arguments, what it does (for errors) and its log's name on the host. */
export interface KubeadmRun {
    args: string[];
    doing: string;
    log: string;
}
export declare function initPhaseRun(phase: InitPhase): KubeadmRun;
export declare const INIT_PREFLIGHT: KubeadmRun;
/** The phases of `kubeadm join` in v1.37.2 (`kubeadm join --help`; check-etcd is hidden but skippable). */
export declare const JOIN_PHASES: readonly ["preflight", "control-plane-prepare", "check-etcd", "kubelet-start", "etcd-join", "kubelet-wait-bootstrap", "control-plane-join", "wait-control-plane"];
/**
 * A control plane's `kubeadm join`, one run per kubeha step, each the same workflow and config with the other
 * phases skipped (later runs find admin.conf and use it instead of discovery, as kubeadm does when phases run
 * one by one). etcd-join runs on its own (`kubeadm join phase etcd-join`), one host at a time: etcd admits one
 * learner at a time, and parallel member adds fail with `too many learner members in cluster`.
 * `withPreflight` is false once an earlier run got past preflight, which refuses the files it left.
 */
export declare function controlPlaneJoinRun(phase: ControlPlaneJoinPhase, withPreflight: boolean): KubeadmRun;
export declare const WORKER_JOIN: KubeadmRun;
