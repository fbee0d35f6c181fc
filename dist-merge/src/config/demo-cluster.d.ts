import { CLUSTER_API_VERSION, type EngineName, type HostSpec } from './cluster.js';
export type DemoHost = Pick<HostSpec, 'name' | 'address' | 'role'> & {
    engine?: EngineName;
};
/** How many hosts of each role, and the engine of those control planes and workers that name their own. */
export interface DemoHostCounts {
    /** default 1 */
    loadBalancers?: number;
    /** default 3 */
    controlPlanes?: number;
    /** default 1 */
    workers?: number;
    /** default 0 */
    etcd?: number;
    engines?: Record<string, EngineName>;
}
/** The demo hosts, in the order load balancers, control planes, workers, etcd. */
export declare function demoHosts(counts?: DemoHostCounts): DemoHost[];
export interface DemoClusterDocument {
    apiVersion: typeof CLUSTER_API_VERSION;
    kind: 'Cluster';
    metadata: {
        name: string;
    };
    spec: {
        hosts: DemoHost[];
        [field: string]: unknown;
    };
}
/** The cluster document "demo" (a plain object, free to change) with these hosts and further spec fields. */
export declare function demoCluster(hosts?: DemoHostCounts | DemoHost[], spec?: Record<string, unknown>): DemoClusterDocument;
/** demoCluster as cluster.yaml text, for loadCluster. */
export declare function demoClusterYaml(hosts?: DemoHostCounts | DemoHost[], spec?: Record<string, unknown>): string;
