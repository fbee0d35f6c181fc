import { type NodeConfig } from '../engines/native/node-config.js';
import type { Host } from '../transport/host.js';
import { type ClusterContext } from './context.js';
/** The node's kubeadm configuration without its secrets (probes read no token). */
export declare function probeConfig(ctx: ClusterContext, name: string): NodeConfig;
export declare function filesMissing(host: Host, paths: readonly string[]): Promise<string[]>;
/** Objects as the first control plane's apiserver has them: [namespace or undefined, kubectl resource/name]. */
export declare function objectsMissing(ctx: ClusterContext, wanted: readonly (readonly [string | undefined, string])[]): Promise<string[]>;
/** The Node as the first control plane's apiserver has it: registered, and marked when it is a control plane. */
export declare function nodeMissing(ctx: ClusterContext, name: string): Promise<string[]>;
/** Stacked etcd: this host's member is a started voter (a learner left by a crash is not done). */
export declare function etcdMemberMissing(ctx: ClusterContext, name: string): Promise<string[]>;
/** kubelet.conf loads with its client certificate (the file alone may point at one not yet written). */
export declare function kubeletConfMissing(host: Host): Promise<string[]>;
/** kubelet-start's last effect: its files written, a credential to start from, and the kubelet running. */
export declare function kubeletStartMissing(host: Host): Promise<string[]>;
/** The plan's note for a step not yet done: what of it is missing (nothing when all is, e.g. a fresh host). */
export declare function missingNote(missing: readonly string[]): string | undefined;
