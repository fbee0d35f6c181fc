import type { Command } from 'commander';
import { type OutputFormat } from '../render.js';
/** `kubeha certs check-expiration -f`: every host of the cluster at once (without -f: this machine, as kubeadm). */
export declare function checkClusterExpiration(file: string, output: OutputFormat): Promise<void>;
/** `kubeha certs renew -f`: kubeadm's `certs renew` on every control plane of the cluster, one at a time. */
export declare function registerClusterCerts(certs: Command): void;
