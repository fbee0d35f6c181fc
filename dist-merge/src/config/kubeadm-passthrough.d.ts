import { type ValidationIssue } from '../errors.js';
/** Where the cluster file carries kubeadm documents of its own, merged into the configuration kubeha writes. */
export declare const KUBEADM_PASSTHROUGH_PATH = "spec.kubeadm";
export interface KubeadmPassthrough {
    issues: ValidationIssue[];
    warnings: ValidationIssue[];
    /** The ClusterConfiguration document, when there is one (its controllerManager.extraArgs decide the node mask). */
    clusterConfiguration?: unknown;
}
/**
 * Checks spec.kubeadm when the file is loaded, as kubeadm would check it (kubeha's own loader of kubeadm files), so
 * bad YAML or an unknown kind is refused before any host is touched, not after preflight and the load balancer.
 */
export declare function checkKubeadmPassthrough(text: string | undefined): KubeadmPassthrough;
