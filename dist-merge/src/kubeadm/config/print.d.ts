/** YAML the way kubeadm's marshaller writes it: keys sorted, sequences not indented. */
export declare function toKubeYaml(value: unknown): string;
export declare function printInitDefaults(): string;
export declare function printJoinDefaults(options?: {
    nodeName?: string;
}): string;
