import { type LoadedCluster } from '../config/cluster.js';
import { type ClusterContext } from './context.js';
import { type OpenOptions } from './up.js';
/** What `kubeha status` reports: read-only, from the hosts that answer. Times are ISO 8601. */
export interface ClusterStatus {
    cluster: string;
    at: string;
    healthy: boolean;
    hosts: {
        name: string;
        role: string;
        address: string;
        reachable: boolean;
        error?: string;
    }[];
    /** Stacked: per control plane; external: per etcd host. Members no host of the file accounts for are listed too. */
    etcd: {
        member: string;
        host?: string;
        id?: string;
        voter: boolean;
        leader: boolean;
        healthy: boolean;
        dbSizeBytes?: number;
        error?: string;
    }[];
    /** Each control plane's own /readyz (asked on that host), and /readyz through each load balancer and the endpoint. */
    apiservers: {
        host: string;
        readyz: string;
    }[];
    endpoints: {
        via: string;
        readyz: string;
    }[];
    loadBalancers: {
        host: string;
        backends: {
            name: string;
            up: boolean;
            drained?: boolean;
        }[];
        holdsVirtualIP?: boolean;
        error?: string;
    }[];
    nodes: {
        name: string;
        ready: boolean;
        since?: string;
    }[];
    /** kube-system pods not Running with every container ready. */
    pods: {
        name: string;
        phase: string;
        node?: string;
        since?: string;
    }[];
    /** Per host that has any: the certificate that expires first. */
    certificates: {
        host: string;
        name: string;
        notAfter: string;
    }[];
    joinSecrets?: {
        tokenExpires?: string;
        uploadedCertificatesExpire?: string;
    };
    /** `code` names the problems other operations reason about: `lb-drained` (an upgrade resumes past it). */
    problems: {
        host?: string;
        what: string;
        since?: string;
        code?: 'lb-drained';
    }[];
}
/** etcdctl's JSON carries 64-bit ids as numbers: kept as hex strings. */
export declare function parseEtcdJson(text: string): unknown;
/** One row of `etcdctl endpoint status -w json` (ids as hex strings, see parseEtcdJson). */
export type EndpointStatus = {
    Endpoint: string;
    Status: {
        header: {
            member_id: string;
        };
        leader: string;
        dbSize: number;
        isLearner?: boolean;
    };
};
/**
 * The health of the cluster as its file describes it, changing nothing: hosts, etcd, apiservers directly and
 * through the load balancers, haproxy's view of its backends, the virtual IP, nodes, kube-system pods,
 * certificate expiry, and the lifetimes of the join secrets. Every problem names its host where there is one.
 */
export declare function status(loaded: LoadedCluster, options?: Omit<OpenOptions, 'emit'> & {
    emit?: OpenOptions['emit'];
}): Promise<ClusterStatus>;
/** `status` on a cluster already open (its connections stay open). */
export declare function clusterStatus(ctx: ClusterContext): Promise<ClusterStatus>;
