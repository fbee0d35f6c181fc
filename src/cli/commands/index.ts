import type { Command } from 'commander';
import { registerArtifacts } from './artifacts.js';
import { registerSetup } from './setup.js';
import { registerLab } from './lab.js';
import { registerLabCluster } from './lab-cluster.js';
import { registerKubeadm } from './kubeadm.js';
import { registerCluster } from './cluster.js';
import { registerKubeadmConfig } from './kubeadm-config.js';
import { registerDrill } from './drill.js';
import { registerEtcd } from './etcd.js';
import { registerKubeconfig } from './kubeconfig.js';
import { registerConformance, registerLabConformance } from './conformance.js';

/** Each area of the CLI registers its own commands; this list is the whole tree. */
export const commandGroups: ReadonlyArray<(program: Command) => void> = [
  registerSetup,
  registerArtifacts,
  registerLab,
  registerLabCluster,
  registerKubeadm,
  registerKubeadmConfig,
  registerCluster,
  registerDrill,
  registerEtcd,
  registerKubeconfig,
  registerConformance,
  registerLabConformance,
];
