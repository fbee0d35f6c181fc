import type { Host } from '../transport/host.js';
/**
 * Static pods stopped and started by moving their manifests out of the kubelet's directory and back, as etcd's
 * and kubeadm's recovery instructions do; and an etcd member's identity as its own manifest states it.
 */
/** Where stopped manifests wait: outside the directory the kubelet watches, on the same filesystem. */
export declare const STOPPED_DIR = "/etc/kubernetes/kubeha-stopped";
export interface EtcdMemberFlags {
    name: string;
    peerURL: string;
    dataDir: string;
}
/** `--name`, `--initial-advertise-peer-urls` and `--data-dir` of an etcd static pod manifest. */
export declare function etcdMemberFlags(manifest: string): EtcdMemberFlags;
/** The member's flags from its manifest, wherever it is now (running or stopped). */
export declare function readEtcdMember(host: Host): Promise<EtcdMemberFlags>;
/** Read-only: the component's manifest is set aside and no container of it runs. */
export declare function stopped(host: Host, component: string): Promise<boolean>;
/**
 * Moves the manifest aside (if it is still in place) and waits until the kubelet has stopped the pod. A kubelet that
 * has just started and cannot reach its apiserver was seen to start a static pod whose manifest had been removed
 * and leave it running (lab, v1.37.2, kube-scheduler, 3 min): after a while the container is stopped directly.
 */
export declare function stopStaticPod(host: Host, component: string): Promise<void>;
/** Puts a set-aside manifest back (the kubelet starts the pod). */
export declare function startStaticPod(host: Host, component: string): Promise<void>;
