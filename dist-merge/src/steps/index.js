import { adminKubeconfig } from './admin-kubeconfig.js';
import { apiserverSans } from './certs/apiserver-sans.js';
import { cni } from './cni.js';
import { etcdClientCerts } from './etcd-client-certs.js';
import { etcdStaleMembersStep } from './etcd-stale-members.js';
import { etcdCluster } from './etcd-cluster.js';
import { initAddon } from './init/addon.js';
import { initBootstrapToken } from './init/bootstrap-token.js';
import { initCerts } from './init/certs.js';
import { initConfigStep } from './init/config.js';
import { initControlPlane } from './init/control-plane.js';
import { initEtcd } from './init/etcd.js';
import { initKubeconfig } from './init/kubeconfig.js';
import { initKubeletFinalize } from './init/kubelet-finalize.js';
import { initKubeletStart } from './init/kubelet-start.js';
import { initMarkControlPlane } from './init/mark-control-plane.js';
import { initUploadCerts } from './init/upload-certs.js';
import { initUploadConfig } from './init/upload-config.js';
import { initWaitControlPlane } from './init/wait-control-plane.js';
import { joinCommands } from './join-commands.js';
import { joinControlPlanePrepare } from './join/control-plane-prepare.js';
import { joinEtcd } from './join/etcd-join.js';
import { joinKubeletStart } from './join/kubelet-start.js';
import { joinMarkControlPlane } from './join/mark-control-plane.js';
import { joinWorker } from './join/worker.js';
import { renewJoinSecrets } from './join-secrets.js';
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
export const upSteps = [
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
    initConfigStep,
    initCerts,
    initKubeconfig,
    initEtcd,
    initControlPlane,
    initKubeletStart,
    initWaitControlPlane,
    initUploadConfig,
    initUploadCerts,
    initMarkControlPlane,
    initBootstrapToken,
    initKubeletFinalize,
    initAddon,
    renewJoinSecrets,
    joinCommands,
    cni,
    etcdStaleMembersStep,
    joinControlPlanePrepare,
    joinKubeletStart,
    joinEtcd,
    joinMarkControlPlane,
    loadBalancerBackends,
    apiserverSans,
    joinWorker,
    adminKubeconfig,
    nodesReady,
];
//# sourceMappingURL=index.js.map