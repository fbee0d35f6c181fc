import { dirname } from 'node:path/posix';
import { CA_CERTS_EXTRA_DIRS } from './facts.js';
import { byName, hostPathVolume, volumeMount } from './pod.js';
const CA_CERTS = '/etc/ssl/certs';
/** Volumes by name; a later mount of the same name replaces the earlier one (user extraVolumes win). */
class Mounts {
    volumes = new Map();
    mounts = new Map();
    add(name, hostPath, mountPath, readOnly, type) {
        this.volumes.set(name, hostPathVolume(name, hostPath, type));
        this.mounts.set(name, volumeMount(name, mountPath, readOnly));
    }
    result() {
        return { volumes: byName([...this.volumes.values()]), mounts: byName([...this.mounts.values()]) };
    }
}
/** Host-path volumes of kube-apiserver, kube-controller-manager and kube-scheduler (phases/controlplane/volumes.go). */
export function controlPlaneMounts(cfg, existingCaCertDirs) {
    const apiserver = new Mounts();
    const kcm = new Mounts();
    const scheduler = new Mounts();
    const pki = cfg.certificatesDir;
    apiserver.add('k8s-certs', pki, pki, true, 'DirectoryOrCreate');
    apiserver.add('ca-certs', CA_CERTS, CA_CERTS, true, 'DirectoryOrCreate');
    if (cfg.etcd.external) {
        externalEtcdCertDirs(cfg.etcd.external, pki).forEach((dir, i) => apiserver.add(`etcd-certs-${i}`, dir, dir, true, 'DirectoryOrCreate'));
    }
    kcm.add('k8s-certs', pki, pki, true, 'DirectoryOrCreate');
    kcm.add('ca-certs', CA_CERTS, CA_CERTS, true, 'DirectoryOrCreate');
    kcm.add('kubeconfig', '/etc/kubernetes/controller-manager.conf', '/etc/kubernetes/controller-manager.conf', true, 'FileOrCreate');
    scheduler.add('kubeconfig', '/etc/kubernetes/scheduler.conf', '/etc/kubernetes/scheduler.conf', true, 'FileOrCreate');
    // /etc/ssl/certs may hold symlinks into these, so they are mounted too when present.
    for (const dir of CA_CERTS_EXTRA_DIRS) {
        if (!existingCaCertDirs.includes(dir))
            continue;
        const name = dir.replaceAll('/', '-').slice(1);
        apiserver.add(name, dir, dir, true, 'DirectoryOrCreate');
        kcm.add(name, dir, dir, true, 'DirectoryOrCreate');
    }
    for (const v of cfg.apiServer.extraVolumes)
        apiserver.add(v.name, v.hostPath, v.mountPath, v.readOnly, v.pathType);
    for (const v of cfg.controllerManager.extraVolumes)
        kcm.add(v.name, v.hostPath, v.mountPath, v.readOnly, v.pathType);
    for (const v of cfg.scheduler.extraVolumes)
        scheduler.add(v.name, v.hostPath, v.mountPath, v.readOnly, v.pathType);
    return { apiserver: apiserver.result(), controllerManager: kcm.result(), scheduler: scheduler.result() };
}
/**
 * Directories holding the external etcd client files that are not already mounted, parents absorbing
 * their subdirectories, in sorted order (they become etcd-certs-0, -1, ...).
 */
export function externalEtcdCertDirs(etcd, certificatesDir) {
    let dirs = new Set();
    for (const file of [etcd.caFile, etcd.certFile, etcd.keyFile]) {
        if (file === '')
            continue;
        const dir = dirname(file);
        if (dir === '.' || CA_CERTS_EXTRA_DIRS.some((p) => dir.startsWith(p)) || dir.startsWith(CA_CERTS) || dir.startsWith(certificatesDir))
            continue;
        let covered = false;
        for (const existing of [...dirs].sort()) {
            if (existing.startsWith(dir))
                dirs.delete(existing);
            else if (dir.startsWith(existing))
                covered = true;
        }
        if (!covered)
            dirs.add(dir);
    }
    dirs = new Set([...dirs].sort());
    return [...dirs];
}
//# sourceMappingURL=volumes.js.map