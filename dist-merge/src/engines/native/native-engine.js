import { initPhase } from './init.js';
import { joinControlPlane, joinWorker } from './join.js';
import { renewJoinSecrets } from './join-secrets.js';
import { upgradeControlPlane, upgradeWorker } from './upgrade.js';
import { reissueApiserverCertificate, renewCertificates } from './certs.js';
/** kubeadm's work done by kubeha over SSH, leaving a cluster real kubeadm can manage afterwards. */
export const nativeEngine = {
    name: 'native',
    initPhase,
    renewJoinSecrets,
    joinControlPlane,
    joinWorker,
    upgradeControlPlane,
    upgradeWorker,
    renewCertificates,
    reissueApiserverCertificate,
};
//# sourceMappingURL=native-engine.js.map