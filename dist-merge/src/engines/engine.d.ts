import type { ClusterContext } from '../cluster/context.js';
import type { JoinSecrets } from '../cluster/secrets.js';
import type { JoinSecretsState } from '../cluster/join-secrets-state.js';
import type { EngineName } from '../config/cluster.js';
/** `kubeadm init`'s phases that change something, in kubeadm's order (`kubeadm init --help`, v1.37.2). */
export type InitPhase = 'certs' | 'kubeconfig' | 'etcd' | 'control-plane' | 'kubelet-start' | 'wait-control-plane' | 'upload-config' | 'upload-certs' | 'mark-control-plane' | 'bootstrap-token' | 'kubelet-finalize' | 'addon';
/**
 * A control plane's `kubeadm join`, in the parts kubeha runs as steps: control-plane-prepare; kubelet-start
 * (with check-etcd); etcd-join (member add, manifest, promotion; one host at a time); mark-control-plane
 * (with kubelet-wait-bootstrap before it and wait-control-plane after it).
 */
export type ControlPlaneJoinPhase = 'control-plane-prepare' | 'kubelet-start' | 'etcd-join' | 'mark-control-plane';
/**
 * Who does the node-local work. The plan and its steps are the same for both engines; `native` does
 * kubeadm's work in kubeha, `kubeadm` drives the real kubeadm binary, one phase per step.
 */
export interface Engine {
    readonly name: EngineName;
    /** One phase of `kubeadm init` on the first control plane, from the init configuration the init/config step wrote. */
    initPhase(ctx: ClusterContext, host: string, phase: InitPhase): Promise<void>;
    /** A new token and/or certificate key (certificates uploaded again) for what `state` says no longer works. */
    renewJoinSecrets(ctx: ClusterContext, state: JoinSecretsState): Promise<JoinSecrets>;
    /** One part of a control plane's `kubeadm join --control-plane`. */
    joinControlPlane(ctx: ClusterContext, host: string, phase: ControlPlaneJoinPhase, secrets: JoinSecrets): Promise<void>;
    /** A worker's whole `kubeadm join` (preflight, kubelet-start, kubelet-wait-bootstrap). */
    joinWorker(ctx: ClusterContext, host: string, secrets: JoinSecrets): Promise<void>;
    /**
     * `kubeadm upgrade apply` (on the first control plane: the cluster's kubeadm-config, kubelet-config and, for the
     * kubeadm engine, the addons too) or `kubeadm upgrade node` (the others): this control plane's static pods and
     * kubelet configuration at ctx's Kubernetes version. The kubelet binary is the upgrade steps' to replace.
     */
    upgradeControlPlane(ctx: ClusterContext, host: string, options: {
        first: boolean;
    }): Promise<void>;
    /** `kubeadm upgrade node` on a worker: its kubelet configuration from the cluster's. */
    upgradeWorker(ctx: ClusterContext, host: string): Promise<void>;
    /**
     * `kubeadm certs renew <name>` for each of `names` (kubeadm's names: apiserver, admin.conf, …) on this control
     * plane: new keys and validity, same subjects and SANs. Restarting what uses them is the caller's.
     */
    renewCertificates(ctx: ClusterContext, host: string, names: readonly string[]): Promise<void>;
    /** The apiserver serving certificate issued again for the SANs the cluster file asks for now (a new key). */
    reissueApiserverCertificate(ctx: ClusterContext, host: string): Promise<void>;
}
