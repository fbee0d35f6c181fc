/** Where the snapshot is copied on each etcd host, and where etcdutl builds the new data directory. */
export const RESTORE_DIR = '/var/lib/kubeha/restore';
/** Written on each etcd host once its data directory is the restored one; removed when the restore is finished. */
export const restoredMarker = (inputs) => `${RESTORE_DIR}/restored-${inputs.sha256.slice(0, 16)}`;
//# sourceMappingURL=options.js.map