import type { ClusterFile } from '../config/cluster.js';
import type { ClusterContext } from '../cluster/context.js';
import type { Step } from '../plan/step.js';
import { adminKubeconfig } from './admin-kubeconfig.js';
import { cni } from './cni.js';
import { etcdClientCerts } from './etcd-client-certs.js';
import { etcdCluster } from './etcd-cluster.js';
import { initFirstControlPlane } from './init-first-control-plane.js';
import { joinCommands } from './join-commands.js';
import { renewJoinSecrets } from './join-secrets.js';
import { joinControlPlanes } from './join-control-planes.js';
import { joinWorkers } from './join-workers.js';
import { loadBalancer, loadBalancerBackends } from './load-balancer/load-balancer.js';
import { virtualIp } from './load-balancer/virtual-ip.js';
import { nodesReady } from './nodes-ready.js';
import { preflight } from './preflight/preflight.js';
import { prepareContainerRuntime } from './prepare-host/container-runtime.js';
import { prepareImages } from './prepare-host/images.js';
import { prepareKernel } from './prepare-host/kernel.js';
import { prepareKubernetes } from './prepare-host/kubernetes.js';
import { preparePackages } from './prepare-host/packages.js';

/** Every step of `kubeha up`. Their order comes from their needs (src/plan/plan.ts), not from this list. */
export const upSteps: readonly Step<ClusterFile, ClusterContext>[] = [
  prepareKernel,
  preparePackages,
  prepareContainerRuntime,
  prepareKubernetes,
  prepareImages,
  preflight,
  loadBalancer,
  virtualIp,
  etcdCluster,
  etcdClientCerts,
  initFirstControlPlane,
  renewJoinSecrets,
  joinCommands,
  cni,
  joinControlPlanes,
  loadBalancerBackends,
  joinWorkers,
  adminKubeconfig,
  nodesReady,
];
