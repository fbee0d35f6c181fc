import type { Engine } from '../engine.js';
/** kubeadm's work done by kubeha over SSH, leaving a cluster real kubeadm can manage afterwards. */
export declare const nativeEngine: Engine;
