import type { Engine } from '../engine.js';
export declare function newToken(): string;
export declare function newCertificateKey(): string;
export declare const kubeadmEngine: Engine;
