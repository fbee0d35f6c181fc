import { JOIN_CONFIG_PATH } from './config.js';

/** One `kubeadm` run of a join: its arguments, what it does (for errors), its log name, and whether it adds an etcd member. */
export interface JoinRun {
  args: string[];
  doing: string;
  log?: string;
  /** Runs inside the cluster-wide etcd join serialization (ctx.etcdJoin). */
  etcdJoin: boolean;
}

/** Phases before etcd-join, as `kubeadm join --help` lists them in v1.37.2 (check-etcd is hidden but skippable). */
const UP_TO_KUBELET_START = ['preflight', 'control-plane-prepare', 'check-etcd', 'kubelet-start'];
const AFTER_ETCD_JOIN = ['kubelet-wait-bootstrap', 'control-plane-join', 'wait-control-plane'];

/**
 * kubeadm's join workflow, in runs. A worker, or a control plane with external etcd: one `kubeadm join`.
 * A control plane with stacked etcd: three runs of the same workflow and config, so that only etcd-join is
 * serialized across hosts (etcd admits one learner at a time, and a parallel member add fails with `too many
 * learner members in cluster`, or its learner is not started within kubeadm's 2-minute promotion wait):
 * preflight, control-plane-prepare, check-etcd and kubelet-start; then `kubeadm join phase etcd-join` (member
 * add, manifest, promotion, cluster available); then the rest. A control plane's later runs find admin.conf and
 * use it instead of discovery, as kubeadm does when phases are run one by one.
 */
export function joinRuns(role: 'worker' | 'control-plane', stackedEtcd: boolean): JoinRun[] {
  const config = ['--config', JOIN_CONFIG_PATH];
  if (role === 'worker') return [{ args: ['join', ...config], doing: 'kubeadm join', etcdJoin: false }];
  if (!stackedEtcd) return [{ args: ['join', ...config], doing: 'kubeadm join --control-plane', etcdJoin: false }];
  return [
    {
      args: ['join', ...config, '--skip-phases', ['etcd-join', ...AFTER_ETCD_JOIN].join(',')],
      doing: `kubeadm join --control-plane (${UP_TO_KUBELET_START.join(', ')})`,
      log: 'join-until-kubelet-start',
      etcdJoin: false,
    },
    { args: ['join', 'phase', 'etcd-join', ...config], doing: 'kubeadm join --control-plane (etcd-join, one host at a time)', etcdJoin: true },
    {
      args: ['join', ...config, '--skip-phases', [...UP_TO_KUBELET_START, 'etcd-join'].join(',')],
      doing: `kubeadm join --control-plane (${AFTER_ETCD_JOIN.join(', ')})`,
      log: 'join-after-etcd-join',
      etcdJoin: false,
    },
  ];
}
