import { type HostRole } from './constants.js';
/**
 * What each lab host is: the shared Debian base (read-only), a layer of its own on top, and the files the lab
 * writes into that layer before the host boots, as a machine image would have them. Nothing of this
 * machine's root filesystem is visible inside. Pure functions: no I/O here.
 */
/**
 * Directories bound in from a plain directory of the host's: containerd's overlayfs snapshotter cannot keep
 * its layers on an overlay (the host's root is one).
 */
export declare const DISK_DIRS: readonly ["/var/lib/containerd"];
/** Where kind binds its generated product_uuid; bound only where the machine has the file. */
export declare const PRODUCT_UUID_TARGETS: readonly ["/sys/class/dmi/id/product_uuid", "/sys/devices/virtual/dmi/id/product_uuid"];
export declare const HOST_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
export declare const SERVICE_DIR = "/etc/service";
export interface HostFileInput {
    lab: string;
    name: string;
    role: HostRole;
    address: string;
    /** All hosts of the lab, for /etc/hosts. */
    peers: readonly {
        name: string;
        address: string;
    }[];
    /** Absolute path of the host's SSH host key (private part). */
    hostKeyFile: string;
    clientPublicKey: string;
    machineId: string;
    productUuid: string;
    cgroupRoot: string;
    /** The lab's gateway (this machine, on the bridge): the hosts' resolver, so DNS never leaves the lab. */
    nameserver: string;
    /** How the host may be reached over SSH; root from anywhere on the bridge when absent. */
    access?: HostAccess;
}
export interface HostAccess {
    /** Only this user (password-less sudo) logs in; root is refused. */
    sudoUser?: string;
    /** Logins are admitted only from this address (the jump host's). */
    onlyFrom?: string;
}
export declare const SUDO_UID = 1000;
export interface GeneratedFile {
    /** Path as seen inside the host (backed under <host dir>/fs). */
    path: string;
    content: string;
    mode: number;
}
export declare function hostsFile(peers: readonly {
    name: string;
    address: string;
}[]): string;
export declare function sshdConfig(address: string, hostKeyFile: string, access?: HostAccess): string;
/** Only what the lab needs beyond kubeadm's flags: cgroup v1, cgroupfs, a distinct cgroup root, the node IP. */
export declare function kubeletDefaults(address: string, cgroupRoot: string): string;
/** Like the kubeadm systemd drop-in: crash-loops (1 s apart) until kubeadm has written the config. */
export declare const KUBELET_RUN = "#!/bin/sh\nexec 2>&1\nif [ ! -f /var/lib/kubelet/config.yaml ]; then sleep 1; exit 1; fi\nKUBELET_KUBEADM_ARGS=\nKUBELET_EXTRA_ARGS=\n[ -f /var/lib/kubelet/kubeadm-flags.env ] && . /var/lib/kubelet/kubeadm-flags.env\n[ -f /etc/default/kubelet ] && . /etc/default/kubelet\nexec kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS\n";
export declare const CONTAINERD_RUN = "#!/bin/sh\nexec 2>&1\nexec containerd --config /etc/containerd/config.toml\n";
/** Package scripts start no daemons here (as in container images): services are started through systemctl. */
export declare const POLICY_RC_D = "#!/bin/sh\nexit 101\n";
/** The admin socket's directory is on /run (a tmpfs): made at each start, as the unit's RuntimeDirectory does. */
export declare const HAPROXY_RUN = "#!/bin/sh\nexec 2>&1\ninstall -d -m 0755 /run/haproxy\nexec haproxy -W -db -f /etc/haproxy/haproxy.cfg\n";
export declare const KEEPALIVED_RUN = "#!/bin/sh\nexec 2>&1\nexec keepalived --dont-fork --log-console --log-detail -f /etc/keepalived/keepalived.conf\n";
/** kubeadm drives services through systemctl; on a lab host runit's sv does the work. */
export declare const SYSTEMCTL_SHIM = "#!/bin/sh\nSVDIR=/etc/service\nexport SVDIR\ncmd=\nunits=\nnow=\nfor a in \"$@\"; do\n  case \"$a\" in\n    --now) now=1 ;;\n    -*) ;;\n    *) if [ -z \"$cmd\" ]; then cmd=$a; else units=\"$units ${a%.service}\"; fi ;;\n  esac\ndone\nrunning() { sv status \"$1\" 2>/dev/null | grep -q '^run:'; }\n# Every call and what sv answered, for diagnosis (a kubelet once stayed down after kubeadm's restart in a soak).\nLOG=/var/log/kubeha/systemctl.log\nmkdir -p /var/log/kubeha\nlog() { echo \"$(date +%T.%N) systemctl $*\" >> \"$LOG\"; }\nsv() { out=$(command sv \"$@\" 2>&1); r=$?; echo \"$(date +%T.%N)   sv $*: $r $out\" >> \"$LOG\"; [ -n \"$out\" ] && echo \"$out\"; return $r; }\nlog \"$@\"\ncase \"$cmd\" in\n  daemon-reload|reset-failed) exit 0 ;;\n  '') echo \"systemctl (kubeha lab): no command\" >&2; exit 1 ;;\nesac\nrc=0\nfor u in $units; do\n  if [ ! -d \"$SVDIR/$u\" ]; then\n    case \"$cmd\" in\n      is-active) echo inactive; rc=3 ;;\n      is-enabled) echo \"Failed to get unit file state for $u.service: No such file or directory\" >&2; rc=1 ;;\n      status) echo \"Unit $u.service could not be found.\"; rc=4 ;;\n      stop|disable) ;;\n      *) echo \"Failed to $cmd $u.service: Unit $u.service not found.\" >&2; rc=5 ;;\n    esac\n    continue\n  fi\n  case \"$cmd\" in\n    start) sv up \"$u\" >/dev/null || rc=1 ;;\n    # Wait for the process to be gone, so that a stop followed at once by a start is not lost.\n    stop) sv -w 15 down \"$u\" >/dev/null || rc=1 ;;\n    restart|try-restart|reload-or-restart)\n      sv -w 15 down \"$u\" >/dev/null; sv up \"$u\" >/dev/null || rc=1 ;;\n    reload)\n      # haproxy in master mode reloads on SIGUSR2 without dropping connections; others take SIGHUP.\n      if [ \"$u\" = haproxy ]; then sv 2 \"$u\" >/dev/null || rc=1; else sv hup \"$u\" >/dev/null || rc=1; fi ;;\n    enable) rm -f \"$SVDIR/$u/down\"; if [ -n \"$now\" ]; then sv up \"$u\" >/dev/null || rc=1; fi ;;\n    disable) touch \"$SVDIR/$u/down\"; if [ -n \"$now\" ]; then sv down \"$u\" >/dev/null || rc=1; fi ;;\n    is-enabled) if [ -e \"$SVDIR/$u/down\" ]; then echo disabled; rc=1; else echo enabled; fi ;;\n    is-active) if running \"$u\"; then echo active; else echo inactive; rc=3; fi ;;\n    status)\n      echo \"* $u.service - $u (runit)\"\n      echo \"   Loaded: loaded ($SVDIR/$u)\"\n      sv status \"$u\"\n      running \"$u\" || rc=3 ;;\n    *) echo \"systemctl (kubeha lab): unsupported command: $cmd\" >&2; exit 1 ;;\n  esac\ndone\nexit $rc\n";
export declare function servicesFor(role: HostRole): {
    name: string;
    run: string;
    down: boolean;
}[];
/** Every generated file of one host, as paths seen inside it. */
export declare function hostFiles(input: HostFileInput): GeneratedFile[];
/**
 * The base's /etc/passwd, /etc/group and /etc/shadow with a login user added (uid and gid SUDO_UID, group sudo).
 * Its password is `*`, no password but not locked: sshd without PAM refuses key logins of a locked (`!`) account.
 */
export declare function withLoginUser(user: string, base: {
    passwd: string;
    group: string;
    shadow: string;
}): {
    passwd: string;
    group: string;
    shadow: string;
};
