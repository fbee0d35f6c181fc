import { type ClusterContext } from '../../cluster/context.js';
import type { JoinSecrets } from '../../cluster/secrets.js';
import { type DiscoveredCluster } from '../../kubeadm/discovery/discovery.js';
import type { ControlPlaneJoinPhase } from '../engine.js';
/** Token discovery: unverified fetch, JWS + CA pin check, then a CA-verified fetch that must match byte for byte. */
export declare function discover(ctx: ClusterContext, hostName: string, secrets: JoinSecrets, timeoutMs: number): Promise<DiscoveredCluster>;
/** The parts of `kubeadm join --control-plane`, done by kubeha. */
export declare function joinControlPlane(ctx: ClusterContext, name: string, phase: ControlPlaneJoinPhase, secrets: JoinSecrets): Promise<void>;
/** A worker's `kubeadm join`, done by kubeha: the CA, kubelet-start, kubelet-wait-bootstrap. */
export declare function joinWorker(ctx: ClusterContext, name: string, secrets: JoinSecrets): Promise<void>;
