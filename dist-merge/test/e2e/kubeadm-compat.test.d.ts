import { KUBEADM, kubeadmConfig, kubehaInputs } from './pki-inputs.js';
export { KUBEADM, kubeadmConfig, kubehaInputs };
