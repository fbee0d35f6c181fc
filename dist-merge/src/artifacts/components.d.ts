import type { GoComponent } from './go-build.js';
/** What is built from the Go module proxy, at which versions, and with which version stamps. */
/** Newest flannel release whose dependencies the module proxy serves (with the replace below). */
export declare const FLANNEL_VERSION = "v0.28.10";
/**
 * The flannel CNI plugin. Its own repository (flannel-io/cni-plugin) is not served by the module proxy; the
 * same plugin lived in containernetworking/plugins (plugins/meta/flannel) until v0.9.1, its last release there.
 */
export declare const FLANNEL_CNI_PLUGIN_VERSION = "v0.9.1";
export declare function kubernetesComponent(version: string): GoComponent;
/** etcd's server, etcdctl and etcdutl (snapshot restore) are separate modules released together; `version` is like v3.7.0. */
export declare function etcdComponents(version: string): GoComponent[];
export declare function corednsComponent(version: string): GoComponent;
export declare function flannelComponent(version?: string): GoComponent;
export declare function flannelCniPluginComponent(version?: string): GoComponent;
/** "3.7.0-0" (the etcd image tag kubeadm pins) is etcd v3.7.0. */
export declare function etcdVersionFromImageTag(tag: string): string;
