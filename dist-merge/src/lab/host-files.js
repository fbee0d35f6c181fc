import { LAB_SUBNET_PREFIX } from './constants.js';
/**
 * What each lab host is: the shared Debian base (read-only), a layer of its own on top, and the files the lab
 * writes into that layer before the host boots, as a machine image would have them. Nothing of this
 * machine's root filesystem is visible inside. Pure functions: no I/O here.
 */
/**
 * Directories bound in from a plain directory of the host's: containerd's overlayfs snapshotter cannot keep
 * its layers on an overlay (the host's root is one).
 */
export const DISK_DIRS = ['/var/lib/containerd'];
/** Where kind binds its generated product_uuid; bound only where the machine has the file. */
export const PRODUCT_UUID_TARGETS = ['/sys/class/dmi/id/product_uuid', '/sys/devices/virtual/dmi/id/product_uuid'];
export const HOST_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
export const SERVICE_DIR = '/etc/service';
export const SUDO_UID = 1000;
export function hostsFile(peers) {
    const lines = ['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', `# kubeha lab hosts (${LAB_SUBNET_PREFIX}.0/24)`];
    for (const p of peers)
        lines.push(`${p.address}\t${p.name}`);
    return `${lines.join('\n')}\n`;
}
export function sshdConfig(address, hostKeyFile, access = {}) {
    const user = access.sudoUser ?? 'root';
    return [
        `ListenAddress ${address}`,
        'Port 22',
        `HostKey ${hostKeyFile}`,
        'PidFile /run/sshd.pid',
        access.sudoUser === undefined ? 'PermitRootLogin prohibit-password' : 'PermitRootLogin no',
        // UseDNS no: the pattern's host part is matched against the client's address.
        ...(access.onlyFrom === undefined ? [] : [`AllowUsers ${user}@${access.onlyFrom}`]),
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        'UseDNS no',
        // The keys live under the root-only lab directory, whose modes sshd's checks do not expect.
        'StrictModes no',
        'AuthorizedKeysFile .ssh/authorized_keys',
        'Subsystem sftp /usr/lib/openssh/sftp-server',
        'MaxStartups 100',
        'MaxSessions 100',
        'PrintMotd no',
        'AcceptEnv *',
        '',
    ].join('\n');
}
/** Only what the lab needs beyond kubeadm's flags: cgroup v1, cgroupfs, a distinct cgroup root, the node IP. */
export function kubeletDefaults(address, cgroupRoot) {
    const args = ['--fail-cgroupv1=false', '--cgroup-driver=cgroupfs', `--cgroup-root=${cgroupRoot}`, `--node-ip=${address}`];
    return `KUBELET_EXTRA_ARGS="${args.join(' ')}"\n`;
}
const SERVICE_LOG = (name) => `#!/bin/sh
exec svlogd -tt /var/log/kubeha/${name}
`;
/** Like the kubeadm systemd drop-in: crash-loops (1 s apart) until kubeadm has written the config. */
export const KUBELET_RUN = `#!/bin/sh
exec 2>&1
if [ ! -f /var/lib/kubelet/config.yaml ]; then sleep 1; exit 1; fi
KUBELET_KUBEADM_ARGS=
KUBELET_EXTRA_ARGS=
[ -f /var/lib/kubelet/kubeadm-flags.env ] && . /var/lib/kubelet/kubeadm-flags.env
[ -f /etc/default/kubelet ] && . /etc/default/kubelet
exec kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
`;
export const CONTAINERD_RUN = `#!/bin/sh
exec 2>&1
exec containerd --config /etc/containerd/config.toml
`;
/** Package scripts start no daemons here (as in container images): services are started through systemctl. */
export const POLICY_RC_D = `#!/bin/sh
exit 101
`;
/** The admin socket's directory is on /run (a tmpfs): made at each start, as the unit's RuntimeDirectory does. */
export const HAPROXY_RUN = `#!/bin/sh
exec 2>&1
install -d -m 0755 /run/haproxy
exec haproxy -W -db -f /etc/haproxy/haproxy.cfg
`;
export const KEEPALIVED_RUN = `#!/bin/sh
exec 2>&1
exec keepalived --dont-fork --log-console --log-detail -f /etc/keepalived/keepalived.conf
`;
/** kubeadm drives services through systemctl; on a lab host runit's sv does the work. */
export const SYSTEMCTL_SHIM = `#!/bin/sh
SVDIR=${SERVICE_DIR}
export SVDIR
cmd=
units=
now=
for a in "$@"; do
  case "$a" in
    --now) now=1 ;;
    -*) ;;
    *) if [ -z "$cmd" ]; then cmd=$a; else units="$units \${a%.service}"; fi ;;
  esac
done
running() { sv status "$1" 2>/dev/null | grep -q '^run:'; }
# Every call and what sv answered, for diagnosis (a kubelet once stayed down after kubeadm's restart in a soak).
LOG=/var/log/kubeha/systemctl.log
mkdir -p /var/log/kubeha
log() { echo "$(date +%T.%N) systemctl $*" >> "$LOG"; }
sv() { out=$(command sv "$@" 2>&1); r=$?; echo "$(date +%T.%N)   sv $*: $r $out" >> "$LOG"; [ -n "$out" ] && echo "$out"; return $r; }
log "$@"
case "$cmd" in
  daemon-reload|reset-failed) exit 0 ;;
  '') echo "systemctl (kubeha lab): no command" >&2; exit 1 ;;
esac
rc=0
for u in $units; do
  if [ ! -d "$SVDIR/$u" ]; then
    case "$cmd" in
      is-active) echo inactive; rc=3 ;;
      is-enabled) echo "Failed to get unit file state for $u.service: No such file or directory" >&2; rc=1 ;;
      status) echo "Unit $u.service could not be found."; rc=4 ;;
      stop|disable) ;;
      *) echo "Failed to $cmd $u.service: Unit $u.service not found." >&2; rc=5 ;;
    esac
    continue
  fi
  case "$cmd" in
    start) sv up "$u" >/dev/null || rc=1 ;;
    # Wait for the process to be gone, so that a stop followed at once by a start is not lost.
    stop) sv -w 15 down "$u" >/dev/null || rc=1 ;;
    restart|try-restart|reload-or-restart)
      sv -w 15 down "$u" >/dev/null; sv up "$u" >/dev/null || rc=1 ;;
    reload)
      # haproxy in master mode reloads on SIGUSR2 without dropping connections; others take SIGHUP.
      if [ "$u" = haproxy ]; then sv 2 "$u" >/dev/null || rc=1; else sv hup "$u" >/dev/null || rc=1; fi ;;
    enable) rm -f "$SVDIR/$u/down"; if [ -n "$now" ]; then sv up "$u" >/dev/null || rc=1; fi ;;
    disable) touch "$SVDIR/$u/down"; if [ -n "$now" ]; then sv down "$u" >/dev/null || rc=1; fi ;;
    is-enabled) if [ -e "$SVDIR/$u/down" ]; then echo disabled; rc=1; else echo enabled; fi ;;
    is-active) if running "$u"; then echo active; else echo inactive; rc=3; fi ;;
    status)
      echo "* $u.service - $u (runit)"
      echo "   Loaded: loaded ($SVDIR/$u)"
      sv status "$u"
      running "$u" || rc=3 ;;
    *) echo "systemctl (kubeha lab): unsupported command: $cmd" >&2; exit 1 ;;
  esac
done
exit $rc
`;
export function servicesFor(role) {
    const sshd = { name: 'sshd', run: '#!/bin/sh\nexec 2>&1\nexec /usr/sbin/sshd -D -e -f /etc/kubeha/sshd_config\n', down: false };
    // The lab's stand-in for the units that packages install: down until `systemctl enable` (the daemons
    // themselves are not on a fresh host; host preparation installs them).
    if (role === 'load-balancer') {
        return [sshd, { name: 'haproxy', run: HAPROXY_RUN, down: true }, { name: 'keepalived', run: KEEPALIVED_RUN, down: true }];
    }
    return [sshd, { name: 'containerd', run: CONTAINERD_RUN, down: true }, { name: 'kubelet', run: KUBELET_RUN, down: true }];
}
/** Every generated file of one host, as paths seen inside it. */
export function hostFiles(input) {
    const files = [
        { path: '/etc/hosts', content: hostsFile(input.peers), mode: 0o644 },
        { path: '/etc/hostname', content: `${input.name}\n`, mode: 0o644 },
        { path: '/etc/machine-id', content: `${input.machineId}\n`, mode: 0o444 },
        { path: '/etc/resolv.conf', content: `nameserver ${input.nameserver}\n`, mode: 0o644 },
        { path: '/usr/sbin/policy-rc.d', content: POLICY_RC_D, mode: 0o755 },
        { path: '/etc/kubeha/product_uuid', content: `${input.productUuid}\n`, mode: 0o444 },
        { path: '/etc/kubeha/sshd_config', content: sshdConfig(input.address, input.hostKeyFile, input.access), mode: 0o644 },
        { path: '/root/.ssh/authorized_keys', content: `${input.clientPublicKey.trim()}\n`, mode: 0o600 },
        { path: '/usr/local/bin/systemctl', content: SYSTEMCTL_SHIM, mode: 0o755 },
    ];
    const sudoUser = input.access?.sudoUser;
    if (sudoUser !== undefined) {
        files.push({ path: `/etc/sudoers.d/${sudoUser}`, content: `${sudoUser} ALL=(ALL:ALL) NOPASSWD: ALL\n`, mode: 0o440 });
        // sshd reads it as the user.
        files.push({ path: `/home/${sudoUser}/.ssh/authorized_keys`, content: `${input.clientPublicKey.trim()}\n`, mode: 0o644 });
    }
    for (const svc of servicesFor(input.role)) {
        files.push({ path: `${SERVICE_DIR}/${svc.name}/run`, content: svc.run, mode: 0o755 });
        files.push({ path: `${SERVICE_DIR}/${svc.name}/log/run`, content: SERVICE_LOG(svc.name), mode: 0o755 });
        if (svc.down)
            files.push({ path: `${SERVICE_DIR}/${svc.name}/down`, content: '', mode: 0o644 });
        files.push({ path: `/var/log/kubeha/${svc.name}/.keep`, content: '', mode: 0o644 });
    }
    if (input.role !== 'load-balancer') {
        files.push({ path: '/etc/default/kubelet', content: kubeletDefaults(input.address, input.cgroupRoot), mode: 0o644 });
    }
    return files;
}
/**
 * The base's /etc/passwd, /etc/group and /etc/shadow with a login user added (uid and gid SUDO_UID, group sudo).
 * Its password is `*`, no password but not locked: sshd without PAM refuses key logins of a locked (`!`) account.
 */
export function withLoginUser(user, base) {
    const add = (text, line) => `${text.replace(/\n?$/, '\n')}${line}\n`;
    const group = add(base.group, `${user}:x:${SUDO_UID}:`).replace(/^sudo:x:27:(.*)$/m, (_m, members) => `sudo:x:27:${members ? `${members},` : ''}${user}`);
    return {
        passwd: add(base.passwd, `${user}:x:${SUDO_UID}:${SUDO_UID}:${user}:/home/${user}:/bin/sh`),
        group,
        shadow: add(base.shadow, `${user}:*:20000:0:99999:7:::`),
    };
}
//# sourceMappingURL=host-files.js.map