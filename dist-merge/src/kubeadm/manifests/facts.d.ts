import type { EnvVar } from '../config/types.js';
/** Directories kubeadm mounts into kube-apiserver and kube-controller-manager when they exist on the host. */
export declare const CA_CERTS_EXTRA_DIRS: readonly ["/etc/pki/ca-trust", "/etc/pki/tls/certs", "/etc/ca-certificates", "/usr/share/ca-certificates", "/usr/local/share/ca-certificates"];
/** What the manifests need to know about the machine; gathered by the caller, so the builders stay pure. */
export interface ControlPlaneNodeFacts {
    /** The node name (nodeRegistration.name, else the lower-cased hostname). */
    nodeName: string;
    /** This node's API endpoint (localAPIEndpoint). */
    advertiseAddress: string;
    bindPort: number;
    /** Which of CA_CERTS_EXTRA_DIRS exist on the host. */
    existingCaCertDirs: readonly string[];
    /** *_proxy variables of the environment kubeadm would run in; copied into the control-plane pods. */
    proxyEnv?: readonly EnvVar[];
    /** ca.crt present without ca.key: the controller-manager gets no signing files. */
    externalCA?: boolean;
    /** timeouts.controlPlaneComponentHealthCheck of the Init/Join configuration (default 4m0s). */
    controlPlaneComponentHealthCheck?: string;
}
/** The *_proxy variables of an environment, as kubeadm's GetProxyEnvVars picks them. */
export declare function proxyEnvFrom(env: Readonly<Record<string, string | undefined>>): EnvVar[];
