import type { Engine } from '../engine.js';
import { initFirstControlPlane } from './init.js';
import { join } from './join.js';
import { renewJoinSecrets } from './join-secrets.js';

/** kubeadm's work done by kubeha over SSH, leaving a cluster real kubeadm can manage afterwards. */
export const nativeEngine: Engine = {
  name: 'native',
  initFirstControlPlane,
  renewJoinSecrets,
  join,
};
