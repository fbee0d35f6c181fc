import type { ClusterConfiguration } from '../../kubeadm/config/types.js';
import { type KubeObject } from '../../kubeadm/token/objects.js';
/** kubeadm's essential addons (phases/addons/dns and proxy, v1.37), as objects rather than templates. */
export declare const COREDNS_VERSION = "v1.14.6";
/** The DNS Service IP: the 10th address of the first service CIDR. */
export declare function dnsServiceIp(serviceSubnet: string): string;
export declare function coreDnsImage(cfg: ClusterConfiguration): string;
export declare function corefile(dnsDomain: string): string;
export declare function coreDnsObjects(cfg: ClusterConfiguration, replicas?: number): KubeObject[];
/** The KubeProxyConfiguration after kubeadm's defaulting (componentconfigs/kubeproxy.go). */
export declare function kubeProxyConfiguration(user: Record<string, unknown>, cfg: ClusterConfiguration, advertiseAddress: string): Record<string, unknown>;
export declare function kubeProxyObjects(proxyConfig: Record<string, unknown>, controlPlaneEndpointUrl: string, image: string): KubeObject[];
