import type { KubeObject } from './objects.js';
/**
 * The few API calls the kubeadm core makes. Narrow on purpose: unit tests fake it, and
 * `clusterApiFromKubeconfig` implements it over @kubernetes/client-node.
 */
export interface ClusterApi {
    /** Creates the object, or replaces it when it exists; returns the stored object (with metadata.uid). */
    apply(object: KubeObject): Promise<KubeObject>;
    /** Creates the object; fails when it exists. */
    create(object: KubeObject): Promise<KubeObject>;
    get(ref: {
        apiVersion: string;
        kind: string;
        namespace?: string;
        name: string;
    }): Promise<KubeObject | undefined>;
}
/** The token commands also list and delete (`kubeha token list|delete`). */
export interface ListingClusterApi extends ClusterApi {
    list(ref: {
        apiVersion: string;
        kind: string;
        namespace?: string;
    }, options?: {
        fieldSelector?: string;
    }): Promise<KubeObject[]>;
    /** Deletes the object; false when it did not exist. */
    delete(ref: {
        apiVersion: string;
        kind: string;
        namespace?: string;
        name: string;
    }): Promise<boolean>;
}
export declare function clusterApiFromKubeconfig(kubeconfigText: string): Promise<ListingClusterApi>;
