/**
 * The flannel CNI as kubeha applies it: the shape of flannel's own kube-flannel manifest (namespace,
 * RBAC, config, DaemonSet with the two init containers that install the plugin and the CNI config), with
 * the network taken from the cluster's pod CIDR so the two always match, and images from local archives.
 */
export interface FlannelOptions {
    podSubnet: string;
    image: string;
    cniPluginImage: string;
    backend?: 'vxlan' | 'host-gw';
}
export declare function flannelManifest(o: FlannelOptions): string;
