/**
 * What joining needs and must never be printed: the bootstrap token and the certificate key. The CA pin is
 * public. Kept in memory during a run; on the first control plane they live in kubeha's 0600 init config,
 * which is where a re-run reads them back from.
 */
export interface JoinSecrets {
    token: string;
    certificateKey: string;
    /** sha256:<hex> of the cluster CA's SubjectPublicKeyInfo. */
    caCertHash: string;
}
