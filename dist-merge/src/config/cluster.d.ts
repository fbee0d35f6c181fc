import { z } from 'zod';
import { InputError, type ValidationIssue } from '../errors.js';
/** The cluster file (cluster.yaml): kubeha's own apiVersion/kind; an embedded kubeadm config for the rest. */
export declare const CLUSTER_API_VERSION = "kubeha.dev/v1alpha1";
declare const engine: z.ZodEnum<{
    kubeadm: "kubeadm";
    native: "native";
}>;
/** Who does a host's node-local work: `native` (kubeha writes what kubeadm writes) or `kubeadm` (the real binary). */
export type EngineName = z.output<typeof engine>;
/** OpenSSH's ProxyJump form, one jump: `[user@]host[:port]`, the host a name, an address or `[IPv6]`. */
export declare const PROXY_JUMP: RegExp;
declare const hostSchema: z.ZodObject<{
    name: z.ZodString;
    address: z.ZodString;
    role: z.ZodEnum<{
        etcd: "etcd";
        "control-plane": "control-plane";
        worker: "worker";
        "load-balancer": "load-balancer";
    }>;
    engine: z.ZodOptional<z.ZodEnum<{
        kubeadm: "kubeadm";
        native: "native";
    }>>;
    ssh: z.ZodOptional<z.ZodObject<{
        user: z.ZodOptional<z.ZodString>;
        port: z.ZodOptional<z.ZodNumber>;
        privateKeyFile: z.ZodOptional<z.ZodString>;
        knownHostsFile: z.ZodOptional<z.ZodString>;
        proxyJump: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const clusterSchema: z.ZodObject<{
    apiVersion: z.ZodLiteral<"kubeha.dev/v1alpha1">;
    kind: z.ZodLiteral<"Cluster">;
    metadata: z.ZodObject<{
        name: z.ZodString;
    }, z.core.$strict>;
    spec: z.ZodObject<{
        kubernetesVersion: z.ZodDefault<z.ZodString>;
        engine: z.ZodDefault<z.ZodEnum<{
            kubeadm: "kubeadm";
            native: "native";
        }>>;
        topology: z.ZodDefault<z.ZodEnum<{
            external: "external";
            stacked: "stacked";
        }>>;
        certificates: z.ZodDefault<z.ZodEnum<{
            upload: "upload";
            manual: "manual";
        }>>;
        controlPlaneEndpoint: z.ZodOptional<z.ZodString>;
        loadBalancer: z.ZodDefault<z.ZodUnion<readonly [z.ZodObject<{
            managed: z.ZodObject<{
                virtualIP: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>;
        }, z.core.$strict>, z.ZodObject<{
            external: z.ZodObject<{
                address: z.ZodString;
            }, z.core.$strict>;
        }, z.core.$strict>]>>;
        networking: z.ZodDefault<z.ZodObject<{
            podSubnet: z.ZodDefault<z.ZodString>;
            serviceSubnet: z.ZodDefault<z.ZodString>;
            dnsDomain: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
        cni: z.ZodDefault<z.ZodEnum<{
            none: "none";
            flannel: "flannel";
        }>>;
        prepareHosts: z.ZodDefault<z.ZodBoolean>;
        ssh: z.ZodDefault<z.ZodObject<{
            user: z.ZodOptional<z.ZodString>;
            port: z.ZodOptional<z.ZodNumber>;
            privateKeyFile: z.ZodOptional<z.ZodString>;
            knownHostsFile: z.ZodOptional<z.ZodString>;
            proxyJump: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        hosts: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            address: z.ZodString;
            role: z.ZodEnum<{
                etcd: "etcd";
                "control-plane": "control-plane";
                worker: "worker";
                "load-balancer": "load-balancer";
            }>;
            engine: z.ZodOptional<z.ZodEnum<{
                kubeadm: "kubeadm";
                native: "native";
            }>>;
            ssh: z.ZodOptional<z.ZodObject<{
                user: z.ZodOptional<z.ZodString>;
                port: z.ZodOptional<z.ZodNumber>;
                privateKeyFile: z.ZodOptional<z.ZodString>;
                knownHostsFile: z.ZodOptional<z.ZodString>;
                proxyJump: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        kubeadm: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
}, z.core.$strict>;
/** A validated cluster file (`kind: Cluster`, apiVersion kubeha.dev/v1alpha1) with every default filled in. */
export type ClusterFile = z.output<typeof clusterSchema>;
/** One entry of `spec.hosts`: name, address, role and optional engine. */
export type HostSpec = z.output<typeof hostSchema>;
/** What {@link loadCluster} returns: the file, its control-plane endpoint, and warnings that did not stop it. */
export interface LoadedCluster {
    cluster: ClusterFile;
    /** The control-plane endpoint, always host:port. */
    endpoint: {
        host: string;
        port: number;
    };
    warnings: ValidationIssue[];
}
/** Cluster files are small; a bigger one is a mistake (`-f /dev/zero` once read 512 MB before failing). */
export declare const MAX_CLUSTER_FILE_BYTES: number;
/** The InputError for a cluster file larger than MAX_CLUSTER_FILE_BYTES. */
export declare function clusterFileTooLarge(source: string): InputError;
/**
 * Parses and validates a cluster file. Pure: nothing is read or contacted.
 *
 * @param text - the file's YAML
 * @param source - its name in error messages (`validating <source>`)
 * @returns the validated file with defaults, its endpoint and warnings
 * @throws {@link InputError} (exit code 2) with every problem and its YAML path
 */
export declare function loadCluster(text: string, source?: string): LoadedCluster;
/** JSON Schema of the cluster file, for editors (published as schema/cluster.schema.json). */
export declare function clusterJsonSchema(): unknown;
/** Who does the node-local work on this host: its own engine, else the cluster's. */
export declare function engineOfHost(cluster: ClusterFile, name: string): EngineName;
export declare function hostsWithRole(cluster: ClusterFile, role: HostSpec['role']): HostSpec[];
export {};
