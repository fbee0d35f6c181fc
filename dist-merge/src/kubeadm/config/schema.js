import { z } from 'zod';
import * as check from './checks.js';
/**
 * The v1beta4 document shapes, strict: unknown fields and wrong types are errors. Value formats are
 * checked field by field so every problem carries its own path; rules that relate several fields live
 * in cross-checks.ts.
 */
function checked(fn) {
    return z.string().superRefine((v, ctx) => {
        const problem = fn(v);
        if (problem !== undefined)
            ctx.addIssue({ code: 'custom', message: problem });
    });
}
const port = z.number().int('must be an integer').min(0, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535');
export const argSchema = z.strictObject({
    name: z.string().min(1, 'argument has no name'),
    value: z.string().optional(),
});
export const envVarSchema = z.strictObject({
    name: z.string().min(1, 'environment variable has no name'),
    value: z.string().optional(),
    valueFrom: z.record(z.string(), z.unknown()).optional(),
});
export const hostPathMountSchema = z.strictObject({
    name: z.string().min(1, 'volume has no name'),
    hostPath: checked(check.absolutePath),
    mountPath: checked(check.absolutePath),
    readOnly: z.boolean().optional(),
    pathType: z.enum(['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice']).optional(),
});
const componentFields = {
    extraArgs: z.array(argSchema).optional(),
    extraVolumes: z.array(hostPathMountSchema).optional(),
    extraEnvs: z.array(envVarSchema).optional(),
};
export const taintSchema = z.strictObject({
    key: z.string().min(1, 'taint has no key'),
    value: z.string().optional(),
    effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
    timeAdded: z.string().nullable().optional(),
});
export const nodeRegistrationSchema = z.strictObject({
    name: checked(check.nodeName).optional(),
    criSocket: checked(check.criSocket).optional(),
    taints: z.array(taintSchema).nullable().optional(),
    kubeletExtraArgs: z.array(argSchema).optional(),
    ignorePreflightErrors: z.array(z.string()).optional(),
    imagePullPolicy: z.enum(['Always', 'IfNotPresent', 'Never']).optional(),
    imagePullSerial: z.boolean().optional(),
});
export const apiEndpointSchema = z.strictObject({
    advertiseAddress: checked(check.ip).optional(),
    bindPort: port.optional(),
});
export const timeoutsSchema = z.strictObject({
    controlPlaneComponentHealthCheck: checked(check.duration).optional(),
    kubeletHealthCheck: checked(check.duration).optional(),
    kubernetesAPICall: checked(check.duration).optional(),
    etcdAPICall: checked(check.duration).optional(),
    tlsBootstrap: checked(check.duration).optional(),
    discovery: checked(check.duration).optional(),
    upgradeManifests: checked(check.duration).optional(),
});
const patchesSchema = z.strictObject({ directory: checked(check.absolutePath).optional() });
const typeMeta = (kind) => ({
    apiVersion: z.literal('kubeadm.k8s.io/v1beta4'),
    kind: z.literal(kind),
});
export const bootstrapTokenSchema = z.strictObject({
    token: checked(check.token).optional(),
    description: z.string().optional(),
    ttl: checked(check.duration).optional(),
    expires: checked(check.rfc3339).optional(),
    usages: z.array(z.enum(['signing', 'authentication'], 'unknown usage; valid usages are signing and authentication')).optional(),
    groups: z
        .array(checked((g) => (check.BOOTSTRAP_GROUP_PATTERN.test(g) ? undefined : 'must match system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]')))
        .optional(),
});
export const initConfigurationSchema = z.strictObject({
    ...typeMeta('InitConfiguration'),
    bootstrapTokens: z.array(bootstrapTokenSchema).optional(),
    dryRun: z.boolean().optional(),
    nodeRegistration: nodeRegistrationSchema.optional(),
    localAPIEndpoint: apiEndpointSchema.optional(),
    certificateKey: checked(check.certificateKey).optional(),
    skipPhases: z.array(z.string()).optional(),
    patches: patchesSchema.optional(),
    timeouts: timeoutsSchema.optional(),
});
const localEtcdSchema = z.strictObject({
    imageRepository: checked(check.imageRepository).optional(),
    imageTag: checked(check.imageTag).optional(),
    dataDir: checked(check.absolutePath).optional(),
    extraArgs: z.array(argSchema).optional(),
    extraEnvs: z.array(envVarSchema).optional(),
    serverCertSANs: z.array(checked(check.certSan)).optional(),
    peerCertSANs: z.array(checked(check.certSan)).optional(),
});
const externalEtcdSchema = z.strictObject({
    endpoints: z.array(checked(check.url)),
    httpEndpoints: z.array(checked(check.url)).optional(),
    caFile: checked(check.absolutePath).optional(),
    certFile: checked(check.absolutePath).optional(),
    keyFile: checked(check.absolutePath).optional(),
});
/** Feature gates kubeadm 1.37 knows (features.InitFeatureGates). */
export const KNOWN_FEATURE_GATES = ['RootlessControlPlane'];
export const clusterConfigurationSchema = z.strictObject({
    ...typeMeta('ClusterConfiguration'),
    etcd: z.strictObject({ local: localEtcdSchema.optional(), external: externalEtcdSchema.optional() }).optional(),
    networking: z
        .strictObject({
        serviceSubnet: checked(check.serviceSubnet).optional(),
        podSubnet: checked(check.podSubnet).optional(),
        dnsDomain: checked(check.dnsDomain).optional(),
    })
        .optional(),
    kubernetesVersion: checked(check.kubernetesVersion).optional(),
    controlPlaneEndpoint: checked(check.hostPort).optional(),
    apiServer: z.strictObject({ ...componentFields, certSANs: z.array(checked(check.certSan)).optional() }).optional(),
    controllerManager: z.strictObject(componentFields).optional(),
    scheduler: z.strictObject(componentFields).optional(),
    dns: z
        .strictObject({
        imageRepository: checked(check.imageRepository).optional(),
        imageTag: checked(check.imageTag).optional(),
        disabled: z.boolean().optional(),
    })
        .optional(),
    proxy: z.strictObject({ disabled: z.boolean().optional() }).optional(),
    certificatesDir: checked(check.absolutePath).optional(),
    imageRepository: checked(check.imageRepository).optional(),
    featureGates: z
        .record(z.string().refine((k) => KNOWN_FEATURE_GATES.includes(k), {
        message: `unknown feature gate; kubeadm knows ${KNOWN_FEATURE_GATES.join(', ')}`,
    }), z.boolean())
        .optional(),
    clusterName: z.string().min(1, 'must not be empty').optional(),
    encryptionAlgorithm: z
        .enum(['RSA-2048', 'RSA-3072', 'RSA-4096', 'ECDSA-P256', 'ECDSA-P384'], 'must be one of RSA-2048, RSA-3072, RSA-4096, ECDSA-P256, ECDSA-P384')
        .optional(),
    certificateValidityPeriod: checked(check.duration).optional(),
    caCertificateValidityPeriod: checked(check.duration).optional(),
});
export const joinConfigurationSchema = z.strictObject({
    ...typeMeta('JoinConfiguration'),
    dryRun: z.boolean().optional(),
    nodeRegistration: nodeRegistrationSchema.optional(),
    caCertPath: checked((v) => check.absolutePath(v) ?? (v.endsWith('.crt') ? undefined : 'must end in .crt')).optional(),
    discovery: z.strictObject({
        bootstrapToken: z
            .strictObject({
            token: checked(check.token),
            apiServerEndpoint: checked(check.hostAndPort),
            caCertHashes: z.array(checked(check.caCertHash)).optional(),
            unsafeSkipCAVerification: z.boolean().optional(),
        })
            .optional(),
        file: z.strictObject({ kubeConfigPath: checked(check.discoveryFile) }).optional(),
        tlsBootstrapToken: checked(check.token).optional(),
    }),
    controlPlane: z
        .strictObject({
        localAPIEndpoint: apiEndpointSchema.optional(),
        certificateKey: checked(check.certificateKey).optional(),
    })
        .optional(),
    skipPhases: z.array(z.string()).optional(),
    patches: patchesSchema.optional(),
    timeouts: timeoutsSchema.optional(),
});
//# sourceMappingURL=schema.js.map