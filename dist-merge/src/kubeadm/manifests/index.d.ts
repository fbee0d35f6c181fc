export { argumentsToCommand } from './args.js';
export { controlPlanePods, apiServerCommand, controllerManagerCommand, schedulerCommand, API_SERVER_ADVERTISE_ANNOTATION } from './control-plane.js';
export { etcdPod, etcdCommand, etcdClientURL, etcdPeerURL, ETCD_ADVERTISE_CLIENT_URLS_ANNOTATION, type EtcdMember, type EtcdNodeFacts } from './etcd.js';
export { CA_CERTS_EXTRA_DIRS, proxyEnvFrom, type ControlPlaneNodeFacts } from './facts.js';
export { kubernetesImage, etcdImage, DEFAULT_ETCD_VERSION } from './images.js';
export type { StaticPod, Container, HostPathVolume, VolumeMount, HttpProbe } from './pod.js';
export { manifestYaml, writeStaticPods, MANIFESTS_DIR } from './write.js';
