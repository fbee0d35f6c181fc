import type { ClusterContext } from '../../cluster/context.js';
import type { InitPhase } from '../engine.js';
import { type ClusterApi } from './api.js';
import { type NodeConfig } from './node-config.js';
export declare function newCertificateKey(): string;
/** A client as kubeadm init uses it since PR #138449: a node-local kubeconfig pointed at the local endpoint. */
export declare function localApi(ctx: ClusterContext, hostName: string, c: NodeConfig, file?: string): Promise<ClusterApi>;
/** One phase of `kubeadm init` on the first control plane, done by kubeha. */
export declare function initPhase(ctx: ClusterContext, name: string, phase: InitPhase): Promise<void>;
