import { INIT_CONFIG_PATH, JOIN_CONFIG_PATH } from './config.js';
/** `kubeadm init phase …` for each init phase, as `kubeadm init phase --help` lists them in v1.37.2. */
const INIT_PHASE_ARGS = {
    certs: ['certs', 'all'],
    kubeconfig: ['kubeconfig', 'all'],
    etcd: ['etcd', 'local'],
    'control-plane': ['control-plane', 'all'],
    'kubelet-start': ['kubelet-start'],
    'wait-control-plane': [],
    'upload-config': ['upload-config', 'all'],
    // The certificate key is in the config: kubeadm refuses --certificate-key together with --config.
    'upload-certs': ['upload-certs', '--upload-certs'],
    'mark-control-plane': ['mark-control-plane'],
    'bootstrap-token': ['bootstrap-token'],
    'kubelet-finalize': ['kubelet-finalize', 'all'],
    addon: ['addon', 'all'],
};
/** `kubeadm init`'s workflow in v1.37.2 (`kubeadm init --help`). */
const INIT_WORKFLOW = ['preflight', 'certs', 'kubeconfig', 'etcd', 'control-plane', 'kubelet-start', 'wait-control-plane', 'upload-config', 'upload-certs', 'mark-control-plane', 'bootstrap-token', 'kubelet-finalize', 'addon', 'show-join-command'];
export function initPhaseRun(phase) {
    // `kubeadm init phase wait-control-plane` takes no --config (it would wait on defaulted addresses): the
    // workflow with every other phase skipped reads the config.
    if (phase === 'wait-control-plane') {
        return { args: ['init', '--config', INIT_CONFIG_PATH, '--skip-phases', INIT_WORKFLOW.filter((p) => p !== phase).join(',')], doing: 'kubeadm init (wait-control-plane)', log: `init-phase-${phase}` };
    }
    return {
        args: ['init', 'phase', ...INIT_PHASE_ARGS[phase], '--config', INIT_CONFIG_PATH],
        doing: `kubeadm init phase ${INIT_PHASE_ARGS[phase][0]}`,
        log: `init-phase-${phase}`,
    };
}
export const INIT_PREFLIGHT = { args: ['init', 'phase', 'preflight', '--config', INIT_CONFIG_PATH], doing: 'kubeadm init phase preflight', log: 'init-phase-preflight' };
/** The phases of `kubeadm join` in v1.37.2 (`kubeadm join --help`; check-etcd is hidden but skippable). */
export const JOIN_PHASES = ['preflight', 'control-plane-prepare', 'check-etcd', 'kubelet-start', 'etcd-join', 'kubelet-wait-bootstrap', 'control-plane-join', 'wait-control-plane'];
/** The join workflow with only these phases: discovery and the join data work as in one whole `kubeadm join`. */
function joinOnly(phases, log) {
    return {
        args: ['join', '--config', JOIN_CONFIG_PATH, '--skip-phases', JOIN_PHASES.filter((p) => !phases.includes(p)).join(',')],
        doing: `kubeadm join --control-plane (${phases.join(', ')})`,
        log,
    };
}
/**
 * A control plane's `kubeadm join`, one run per kubeha step, each the same workflow and config with the other
 * phases skipped (later runs find admin.conf and use it instead of discovery, as kubeadm does when phases run
 * one by one). etcd-join runs on its own (`kubeadm join phase etcd-join`), one host at a time: etcd admits one
 * learner at a time, and parallel member adds fail with `too many learner members in cluster`.
 * `withPreflight` is false once an earlier run got past preflight, which refuses the files it left.
 */
export function controlPlaneJoinRun(phase, withPreflight) {
    switch (phase) {
        case 'control-plane-prepare':
            return joinOnly(withPreflight ? ['preflight', 'control-plane-prepare'] : ['control-plane-prepare'], 'join-control-plane-prepare');
        case 'kubelet-start':
            return joinOnly(['check-etcd', 'kubelet-start'], 'join-kubelet-start');
        case 'etcd-join':
            return { args: ['join', 'phase', 'etcd-join', '--config', JOIN_CONFIG_PATH], doing: 'kubeadm join phase etcd-join', log: 'join-etcd-join' };
        case 'mark-control-plane':
            return joinOnly(['kubelet-wait-bootstrap', 'control-plane-join', 'wait-control-plane'], 'join-mark-control-plane');
    }
}
export const WORKER_JOIN = { args: ['join', '--config', JOIN_CONFIG_PATH], doing: 'kubeadm join', log: 'join' };
//# sourceMappingURL=join-runs.js.map