import type { Host } from '../transport/host.js';
import type { ClusterContext } from './context.js';
/** The containerd filter for the kube-system container the kubelet named `component`. */
export declare function containerFilter(component: string): string;
/** Parses `ctr tasks ls` (TASK PID STATUS): the ids of running tasks. */
export declare function runningTaskIds(tasksLs: string): Set<string>;
/** Ids of the running containers of this kube-system component on the host (read-only). */
export declare function runningContainers(host: Host, component: string): Promise<string[]>;
/** Stops the component's running container and waits until the kubelet runs a new one. */
export declare function restartStaticPod(host: Host, component: string, timeoutMs?: number): Promise<void>;
/** When the component's running container was created (the latest, if several); undefined when none runs. */
export declare function runningSince(host: Host, component: string): Promise<Date | undefined>;
/** Read-only: this control plane's own apiserver answers /readyz at its address (not through a load balancer). */
export declare function localApiserverReady(ctx: ClusterContext, name: string): Promise<boolean>;
/**
 * Restarts these static pods of a host together and waits until each is healthy again. Together: the kubelet takes
 * ~27 s to start a stopped container again (lab, kube-scheduler), and the apiserver, the local etcd's only client
 * here, is out of the load balancers meanwhile.
 */
export declare function restartAndWait(ctx: ClusterContext, name: string, components: readonly string[]): Promise<void>;
/** The end of the component's newest container log, and its containers' states: what a timed-out wait leaves to read. */
export declare function containerLogTail(host: Host, component: string): Promise<string>;
/** The kubelet's own health endpoint answers `ok` (read-only; bash's /dev/tcp: hosts have no curl). */
export declare function kubeletHealthy(host: Host): Promise<boolean>;
/**
 * Restarts the kubelet and waits for its health endpoint: a new kubelet has forgotten every crash-loop back-off (a
 * member that crash-looped while quorum was lost waited 5 min for its next start otherwise: lab, v1.37.2). Done
 * before manifests are put back: a kubelet restarted while it picks a static pod up was seen to leave it unstarted.
 */
export declare function restartKubelet(host: Host): Promise<void>;
