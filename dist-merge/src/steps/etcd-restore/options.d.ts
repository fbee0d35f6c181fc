/** What every step of a restore knows: the snapshot on this machine and this restore's identity. */
export interface RestoreInputs {
    /** The snapshot file on the admin machine. */
    snapshot: string;
    sha256: string;
    /** A new cluster token for the restored members (etcd's disaster recovery: never the old cluster's). */
    token: string;
    /** Restore although etcd still has quorum. */
    force: boolean;
}
/** Where the snapshot is copied on each etcd host, and where etcdutl builds the new data directory. */
export declare const RESTORE_DIR = "/var/lib/kubeha/restore";
/** Written on each etcd host once its data directory is the restored one; removed when the restore is finished. */
export declare const restoredMarker: (inputs: Pick<RestoreInputs, "sha256">) => string;
