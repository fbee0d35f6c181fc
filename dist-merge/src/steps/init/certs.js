import { posix } from 'node:path';
import { filesMissing, probeConfig } from '../../cluster/joined.js';
import { pkiInputs } from '../../engines/native/node-config.js';
import { certList, saKeyBaseName } from '../../kubeadm/pki/certlist.js';
import { certPath, keyPath } from '../../kubeadm/pki/pki.js';
import { defineInitPhase } from './phase.js';
/** kubeadm's certificate list (`certs all`) and the service-account key pair. */
export const initCerts = defineInitPhase({
    phase: 'certs',
    title: 'Create the certificates (kubeadm init phase certs)',
    needs: ['init/config'],
    missing: async (ctx, host) => {
        const c = probeConfig(ctx, host.name);
        const dir = c.cluster.certificatesDir;
        const files = certList(pkiInputs(c)).flatMap((s) => [certPath(dir, s.baseName), keyPath(dir, s.baseName)]);
        return filesMissing(host, [...files, posix.join(dir, `${saKeyBaseName}.key`), posix.join(dir, `${saKeyBaseName}.pub`)]);
    },
});
//# sourceMappingURL=certs.js.map