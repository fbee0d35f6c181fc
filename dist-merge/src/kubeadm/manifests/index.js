export { argumentsToCommand } from './args.js';
export { controlPlanePods, apiServerCommand, controllerManagerCommand, schedulerCommand, API_SERVER_ADVERTISE_ANNOTATION } from './control-plane.js';
export { etcdPod, etcdCommand, etcdClientURL, etcdPeerURL, ETCD_ADVERTISE_CLIENT_URLS_ANNOTATION } from './etcd.js';
export { CA_CERTS_EXTRA_DIRS, proxyEnvFrom } from './facts.js';
export { kubernetesImage, etcdImage, DEFAULT_ETCD_VERSION } from './images.js';
export { manifestYaml, writeStaticPods, MANIFESTS_DIR } from './write.js';
//# sourceMappingURL=index.js.map