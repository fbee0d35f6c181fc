import { z } from 'zod';
export declare const argSchema: z.ZodObject<{
    name: z.ZodString;
    value: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const envVarSchema: z.ZodObject<{
    name: z.ZodString;
    value: z.ZodOptional<z.ZodString>;
    valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
export declare const hostPathMountSchema: z.ZodObject<{
    name: z.ZodString;
    hostPath: z.ZodString;
    mountPath: z.ZodString;
    readOnly: z.ZodOptional<z.ZodBoolean>;
    pathType: z.ZodOptional<z.ZodEnum<{
        "": "";
        DirectoryOrCreate: "DirectoryOrCreate";
        Directory: "Directory";
        FileOrCreate: "FileOrCreate";
        File: "File";
        Socket: "Socket";
        CharDevice: "CharDevice";
        BlockDevice: "BlockDevice";
    }>>;
}, z.core.$strict>;
export declare const taintSchema: z.ZodObject<{
    key: z.ZodString;
    value: z.ZodOptional<z.ZodString>;
    effect: z.ZodEnum<{
        NoSchedule: "NoSchedule";
        PreferNoSchedule: "PreferNoSchedule";
        NoExecute: "NoExecute";
    }>;
    timeAdded: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strict>;
export declare const nodeRegistrationSchema: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    criSocket: z.ZodOptional<z.ZodString>;
    taints: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
        key: z.ZodString;
        value: z.ZodOptional<z.ZodString>;
        effect: z.ZodEnum<{
            NoSchedule: "NoSchedule";
            PreferNoSchedule: "PreferNoSchedule";
            NoExecute: "NoExecute";
        }>;
        timeAdded: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>>>;
    kubeletExtraArgs: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        value: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
    ignorePreflightErrors: z.ZodOptional<z.ZodArray<z.ZodString>>;
    imagePullPolicy: z.ZodOptional<z.ZodEnum<{
        Always: "Always";
        IfNotPresent: "IfNotPresent";
        Never: "Never";
    }>>;
    imagePullSerial: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export declare const apiEndpointSchema: z.ZodObject<{
    advertiseAddress: z.ZodOptional<z.ZodString>;
    bindPort: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const timeoutsSchema: z.ZodObject<{
    controlPlaneComponentHealthCheck: z.ZodOptional<z.ZodString>;
    kubeletHealthCheck: z.ZodOptional<z.ZodString>;
    kubernetesAPICall: z.ZodOptional<z.ZodString>;
    etcdAPICall: z.ZodOptional<z.ZodString>;
    tlsBootstrap: z.ZodOptional<z.ZodString>;
    discovery: z.ZodOptional<z.ZodString>;
    upgradeManifests: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const bootstrapTokenSchema: z.ZodObject<{
    token: z.ZodOptional<z.ZodString>;
    description: z.ZodOptional<z.ZodString>;
    ttl: z.ZodOptional<z.ZodString>;
    expires: z.ZodOptional<z.ZodString>;
    usages: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        signing: "signing";
        authentication: "authentication";
    }>>>;
    groups: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export declare const initConfigurationSchema: z.ZodObject<{
    bootstrapTokens: z.ZodOptional<z.ZodArray<z.ZodObject<{
        token: z.ZodOptional<z.ZodString>;
        description: z.ZodOptional<z.ZodString>;
        ttl: z.ZodOptional<z.ZodString>;
        expires: z.ZodOptional<z.ZodString>;
        usages: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            signing: "signing";
            authentication: "authentication";
        }>>>;
        groups: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>>;
    dryRun: z.ZodOptional<z.ZodBoolean>;
    nodeRegistration: z.ZodOptional<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        criSocket: z.ZodOptional<z.ZodString>;
        taints: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
            key: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
            effect: z.ZodEnum<{
                NoSchedule: "NoSchedule";
                PreferNoSchedule: "PreferNoSchedule";
                NoExecute: "NoExecute";
            }>;
            timeAdded: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>>>>;
        kubeletExtraArgs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        ignorePreflightErrors: z.ZodOptional<z.ZodArray<z.ZodString>>;
        imagePullPolicy: z.ZodOptional<z.ZodEnum<{
            Always: "Always";
            IfNotPresent: "IfNotPresent";
            Never: "Never";
        }>>;
        imagePullSerial: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    localAPIEndpoint: z.ZodOptional<z.ZodObject<{
        advertiseAddress: z.ZodOptional<z.ZodString>;
        bindPort: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    certificateKey: z.ZodOptional<z.ZodString>;
    skipPhases: z.ZodOptional<z.ZodArray<z.ZodString>>;
    patches: z.ZodOptional<z.ZodObject<{
        directory: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    timeouts: z.ZodOptional<z.ZodObject<{
        controlPlaneComponentHealthCheck: z.ZodOptional<z.ZodString>;
        kubeletHealthCheck: z.ZodOptional<z.ZodString>;
        kubernetesAPICall: z.ZodOptional<z.ZodString>;
        etcdAPICall: z.ZodOptional<z.ZodString>;
        tlsBootstrap: z.ZodOptional<z.ZodString>;
        discovery: z.ZodOptional<z.ZodString>;
        upgradeManifests: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    apiVersion: z.ZodLiteral<"kubeadm.k8s.io/v1beta4">;
    kind: z.ZodLiteral<string>;
}, z.core.$strict>;
/** Feature gates kubeadm 1.37 knows (features.InitFeatureGates). */
export declare const KNOWN_FEATURE_GATES: readonly ["RootlessControlPlane"];
export declare const clusterConfigurationSchema: z.ZodObject<{
    etcd: z.ZodOptional<z.ZodObject<{
        local: z.ZodOptional<z.ZodObject<{
            imageRepository: z.ZodOptional<z.ZodString>;
            imageTag: z.ZodOptional<z.ZodString>;
            dataDir: z.ZodOptional<z.ZodString>;
            extraArgs: z.ZodOptional<z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                value: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
            extraEnvs: z.ZodOptional<z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                value: z.ZodOptional<z.ZodString>;
                valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            }, z.core.$strict>>>;
            serverCertSANs: z.ZodOptional<z.ZodArray<z.ZodString>>;
            peerCertSANs: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
        external: z.ZodOptional<z.ZodObject<{
            endpoints: z.ZodArray<z.ZodString>;
            httpEndpoints: z.ZodOptional<z.ZodArray<z.ZodString>>;
            caFile: z.ZodOptional<z.ZodString>;
            certFile: z.ZodOptional<z.ZodString>;
            keyFile: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    networking: z.ZodOptional<z.ZodObject<{
        serviceSubnet: z.ZodOptional<z.ZodString>;
        podSubnet: z.ZodOptional<z.ZodString>;
        dnsDomain: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    kubernetesVersion: z.ZodOptional<z.ZodString>;
    controlPlaneEndpoint: z.ZodOptional<z.ZodString>;
    apiServer: z.ZodOptional<z.ZodObject<{
        certSANs: z.ZodOptional<z.ZodArray<z.ZodString>>;
        extraArgs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        extraVolumes: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            hostPath: z.ZodString;
            mountPath: z.ZodString;
            readOnly: z.ZodOptional<z.ZodBoolean>;
            pathType: z.ZodOptional<z.ZodEnum<{
                "": "";
                DirectoryOrCreate: "DirectoryOrCreate";
                Directory: "Directory";
                FileOrCreate: "FileOrCreate";
                File: "File";
                Socket: "Socket";
                CharDevice: "CharDevice";
                BlockDevice: "BlockDevice";
            }>>;
        }, z.core.$strict>>>;
        extraEnvs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
            valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    controllerManager: z.ZodOptional<z.ZodObject<{
        extraArgs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        extraVolumes: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            hostPath: z.ZodString;
            mountPath: z.ZodString;
            readOnly: z.ZodOptional<z.ZodBoolean>;
            pathType: z.ZodOptional<z.ZodEnum<{
                "": "";
                DirectoryOrCreate: "DirectoryOrCreate";
                Directory: "Directory";
                FileOrCreate: "FileOrCreate";
                File: "File";
                Socket: "Socket";
                CharDevice: "CharDevice";
                BlockDevice: "BlockDevice";
            }>>;
        }, z.core.$strict>>>;
        extraEnvs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
            valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    scheduler: z.ZodOptional<z.ZodObject<{
        extraArgs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        extraVolumes: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            hostPath: z.ZodString;
            mountPath: z.ZodString;
            readOnly: z.ZodOptional<z.ZodBoolean>;
            pathType: z.ZodOptional<z.ZodEnum<{
                "": "";
                DirectoryOrCreate: "DirectoryOrCreate";
                Directory: "Directory";
                FileOrCreate: "FileOrCreate";
                File: "File";
                Socket: "Socket";
                CharDevice: "CharDevice";
                BlockDevice: "BlockDevice";
            }>>;
        }, z.core.$strict>>>;
        extraEnvs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
            valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    dns: z.ZodOptional<z.ZodObject<{
        imageRepository: z.ZodOptional<z.ZodString>;
        imageTag: z.ZodOptional<z.ZodString>;
        disabled: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    proxy: z.ZodOptional<z.ZodObject<{
        disabled: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    certificatesDir: z.ZodOptional<z.ZodString>;
    imageRepository: z.ZodOptional<z.ZodString>;
    featureGates: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodBoolean>>;
    clusterName: z.ZodOptional<z.ZodString>;
    encryptionAlgorithm: z.ZodOptional<z.ZodEnum<{
        "RSA-2048": "RSA-2048";
        "RSA-3072": "RSA-3072";
        "RSA-4096": "RSA-4096";
        "ECDSA-P256": "ECDSA-P256";
        "ECDSA-P384": "ECDSA-P384";
    }>>;
    certificateValidityPeriod: z.ZodOptional<z.ZodString>;
    caCertificateValidityPeriod: z.ZodOptional<z.ZodString>;
    apiVersion: z.ZodLiteral<"kubeadm.k8s.io/v1beta4">;
    kind: z.ZodLiteral<string>;
}, z.core.$strict>;
export declare const joinConfigurationSchema: z.ZodObject<{
    dryRun: z.ZodOptional<z.ZodBoolean>;
    nodeRegistration: z.ZodOptional<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        criSocket: z.ZodOptional<z.ZodString>;
        taints: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodObject<{
            key: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
            effect: z.ZodEnum<{
                NoSchedule: "NoSchedule";
                PreferNoSchedule: "PreferNoSchedule";
                NoExecute: "NoExecute";
            }>;
            timeAdded: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>>>>;
        kubeletExtraArgs: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
        ignorePreflightErrors: z.ZodOptional<z.ZodArray<z.ZodString>>;
        imagePullPolicy: z.ZodOptional<z.ZodEnum<{
            Always: "Always";
            IfNotPresent: "IfNotPresent";
            Never: "Never";
        }>>;
        imagePullSerial: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    caCertPath: z.ZodOptional<z.ZodString>;
    discovery: z.ZodObject<{
        bootstrapToken: z.ZodOptional<z.ZodObject<{
            token: z.ZodString;
            apiServerEndpoint: z.ZodString;
            caCertHashes: z.ZodOptional<z.ZodArray<z.ZodString>>;
            unsafeSkipCAVerification: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        file: z.ZodOptional<z.ZodObject<{
            kubeConfigPath: z.ZodString;
        }, z.core.$strict>>;
        tlsBootstrapToken: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    controlPlane: z.ZodOptional<z.ZodObject<{
        localAPIEndpoint: z.ZodOptional<z.ZodObject<{
            advertiseAddress: z.ZodOptional<z.ZodString>;
            bindPort: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        certificateKey: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    skipPhases: z.ZodOptional<z.ZodArray<z.ZodString>>;
    patches: z.ZodOptional<z.ZodObject<{
        directory: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    timeouts: z.ZodOptional<z.ZodObject<{
        controlPlaneComponentHealthCheck: z.ZodOptional<z.ZodString>;
        kubeletHealthCheck: z.ZodOptional<z.ZodString>;
        kubernetesAPICall: z.ZodOptional<z.ZodString>;
        etcdAPICall: z.ZodOptional<z.ZodString>;
        tlsBootstrap: z.ZodOptional<z.ZodString>;
        discovery: z.ZodOptional<z.ZodString>;
        upgradeManifests: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    apiVersion: z.ZodLiteral<"kubeadm.k8s.io/v1beta4">;
    kind: z.ZodLiteral<string>;
}, z.core.$strict>;
export type RawInitConfiguration = z.infer<typeof initConfigurationSchema>;
export type RawClusterConfiguration = z.infer<typeof clusterConfigurationSchema>;
export type RawJoinConfiguration = z.infer<typeof joinConfigurationSchema>;
export type RawArg = z.infer<typeof argSchema>;
export type RawEnvVar = z.infer<typeof envVarSchema>;
export type RawHostPathMount = z.infer<typeof hostPathMountSchema>;
