import { probeConfig } from '../../cluster/joined.js';
import { KUBERNETES_DIR } from '../../kubeadm/pki/expiration.js';
import { reissueApiserverCertificate as reissue, renewCertificates as renew } from '../../kubeadm/pki/renew.js';
import { pkiInputs } from './node-config.js';
/** `kubeadm certs renew`, done by kubeha on the host's files. */
export async function renewCertificates(ctx, name, names) {
    await renew(await ctx.hosts.get(name), { pki: pkiInputs(probeConfig(ctx, name)), kubeconfigDir: KUBERNETES_DIR }, names);
}
/** `kubeadm init phase certs apiserver` over a removed pair, done by kubeha. */
export async function reissueApiserverCertificate(ctx, name) {
    await reissue(await ctx.hosts.get(name), pkiInputs(probeConfig(ctx, name)));
}
//# sourceMappingURL=certs.js.map