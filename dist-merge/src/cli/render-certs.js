import { formatCertificateExpiration, formatExpirationDate, humanDuration } from '../kubeadm/pki/expiration.js';
import { tabwrite } from '../util/tabwriter.js';
/** `certs check-expiration` as text: kubeadm's tables per control plane, then the etcd hosts and the kubelets. */
export function renderCertificates(report) {
    let out = '';
    for (const h of report.hosts) {
        if (h.error)
            out += `[${h.host}] not read: ${h.error}\n\n`;
        else if (h.kubeadm)
            out += `[${h.host}]\n${formatCertificateExpiration(h.kubeadm)}\n`;
    }
    const rows = ['HOST\tCERTIFICATE\tEXPIRES\tRESIDUAL TIME\tROTATED BY THE KUBELET'];
    for (const h of report.hosts) {
        for (const c of h.etcd ?? []) {
            rows.push(`${h.host}\t${c.name}\t${c.expirationDate ? formatExpirationDate(c.expirationDate) : '!MISSING!'}\t${c.residualTimeSeconds === undefined ? '' : humanDuration(c.residualTimeSeconds)}\tno`);
        }
        if (h.kubelet) {
            const k = h.kubelet;
            rows.push(`${h.host}\tkubelet client\t${k.expirationDate ? formatExpirationDate(k.expirationDate) : '!MISSING!'}\t${k.residualTimeSeconds === undefined ? '' : humanDuration(k.residualTimeSeconds)}\t${k.rotation ? 'yes' : 'NO'}`);
        }
    }
    out += tabwrite(`${rows.join('\n')}\n`, { minwidth: 10, tabwidth: 4, padding: 3, padchar: ' ' });
    if (report.soonest)
        out += `\nsoonest: ${report.soonest.name} on ${report.soonest.host}, ${formatExpirationDate(report.soonest.expirationDate)}\n`;
    return out;
}
//# sourceMappingURL=render-certs.js.map