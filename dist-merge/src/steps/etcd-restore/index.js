import { restoreCheck } from './check.js';
import { restoreData } from './data.js';
import { restoreFinish } from './finish.js';
import { restoreStartControlPlane } from './start-control-plane.js';
import { restoreStartEtcd } from './start-etcd.js';
import { restoreStopControlPlane } from './stop-control-plane.js';
import { restoreStopEtcd } from './stop-etcd.js';
/** Every step of `kubeha etcd restore`; the order comes from their needs. */
export function restoreSteps(inputs) {
    return [restoreCheck(inputs), restoreStopControlPlane, restoreStopEtcd, restoreData(inputs), restoreStartEtcd, restoreStartControlPlane, restoreFinish(inputs)];
}
//# sourceMappingURL=index.js.map