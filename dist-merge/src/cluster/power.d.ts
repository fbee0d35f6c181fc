import type { ClusterContext } from './context.js';
/**
 * How a drill fails a host and brings it back: a provider, as kind has one per node backend. In the lab a host
 * is powered off (src/cluster/lab-power.ts); a real host keeps running and loses what makes it part of the
 * cluster (servicePower).
 */
export interface Power {
    /** What `off` does, for the report. */
    readonly kind: string;
    off(ctx: ClusterContext, name: string): Promise<void>;
    on(ctx: ClusterContext, name: string): Promise<void>;
}
/**
 * Over SSH: a control plane's kubelet stopped and every container of containerd's k8s.io namespace killed (its
 * apiserver, etcd and the rest die at once, as at a power cut); a load balancer's keepalived and haproxy stopped.
 * `on` starts them again (the kubelet restarts its static pods).
 */
export declare function servicePower(): Power;
