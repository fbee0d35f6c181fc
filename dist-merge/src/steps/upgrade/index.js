import { upgradeAddonsStep } from './addons.js';
import { upgradeControlPlanes } from './control-plane.js';
import { upgradeEtcdSnapshot } from './etcd-snapshot.js';
import { upgradeHealth } from './health.js';
import { upgradeImages } from './images.js';
import { upgradeVerify } from './verify.js';
import { upgradeVersions } from './versions.js';
import { upgradeWorkersStep } from './workers.js';
/** Every step of `kubeha upgrade`; the order comes from their needs. */
export function upgradeSteps(options) {
    return [upgradeVersions, upgradeImages, upgradeHealth, upgradeEtcdSnapshot, upgradeControlPlanes, upgradeAddonsStep, upgradeWorkersStep(options.workerBatch), upgradeVerify];
}
//# sourceMappingURL=index.js.map