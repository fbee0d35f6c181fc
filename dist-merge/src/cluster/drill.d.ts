import type { LoadedCluster } from '../config/cluster.js';
import type { Power } from './power.js';
import { type RequestResult } from './traffic.js';
import { type OpenOptions } from './up.js';
/** Above these a drill fails (DrillReport.passed is false; `kubeha drill` exits 1). */
export interface DrillThresholds {
    /** Failed requests that started after the power-off, per control-plane victim. */
    failedAfter: number;
    /** A new etcd leader after the leader's power-off. */
    leaderMs: number;
    /** The virtual IP on another load balancer after its holder's power-off. */
    vipMs: number;
    /** Failed requests, in percent of all, while a load balancer that held the VIP is off. */
    vipFailedPercent: number;
}
/** The thresholds `kubeha drill` uses unless told otherwise. */
export declare const DEFAULT_THRESHOLDS: DrillThresholds;
/** Options of {@link drill}. */
export interface DrillOptions extends OpenOptions {
    /** How a victim is failed and brought back: {@link servicePower} on real hosts, {@link labPower} in the lab. */
    power: Power;
    /** Requests per second through the endpoint, half `GET /readyz`, half an authenticated GET (default 20). */
    rate?: number;
    /** Who is failed, in order (default: every control plane, then every load balancer when 2 or more hold a VIP). */
    victims?: readonly string[];
    /** How long a victim stays off (default 15 s). */
    offMs?: number;
    thresholds?: Partial<DrillThresholds>;
}
/** What a client saw while one victim was off, and how long the cluster took to recover. */
export interface VictimReport {
    victim: string;
    role: 'control-plane' | 'load-balancer';
    requests: number;
    failed: number;
    /** How long the power-off itself took (a lab host's processes are killed one by one). */
    powerOffMs?: number;
    /** Failed requests that had started before the power-off was complete (in flight to the victim). */
    failedInFlight: number;
    /** Failed requests that started after it was complete. */
    failedAfter: number;
    /** The longest time with no request completing successfully, from the power-off to recovery. */
    longestGapMs: number;
    /** Whether the victim led etcd; then how long until another member led it (from etcd's log of the election). */
    ledEtcd?: boolean;
    etcdLeaderMs?: number;
    /** Whether the victim held the VIP; then how long until another load balancer held it (from keepalived's log). */
    heldVip?: boolean;
    vipMs?: number;
    /** From powering the victim on to a healthy `status`. */
    recoveredMs: number;
    /** Why requests failed, by count (`timeout`, `ECONNRESET`, `HTTP 503`…). */
    reasons: Record<string, number>;
    /** The thresholds this victim exceeded, in words. */
    exceeded: string[];
}
/** The result of {@link drill}: one report per victim, and whether every threshold held. */
export interface DrillReport {
    cluster: string;
    at: string;
    rate: number;
    power: string;
    thresholds: DrillThresholds;
    victims: VictimReport[];
    passed: boolean;
}
/** The longest stretch in [from, to] with no request completing successfully. */
export declare function longestGap(results: readonly RequestResult[], from: number, to: number): number;
/**
 * Fails each victim in turn while a steady stream of fresh requests goes through the cluster endpoint, and
 * measures what a client sees: failed requests (in flight at the failure, or started after it), the longest
 * time without a successful request, the etcd leader change and the VIP move; then brings the victim back and
 * waits for a healthy `status` before the next. Refuses to start on a cluster that is not healthy.
 */
export declare function drill(loaded: LoadedCluster, options: DrillOptions): Promise<DrillReport>;
