/**
 * haproxy in front of every kube-apiserver: TCP mode (TLS passes through to the apiserver), health-checked
 * with an HTTPS `GET /readyz` (anonymous, as system:public-info-viewer allows) rather than a bare TCP connect:
 * an apiserver that listens but is still starting, has lost etcd, or is shutting down answers 500 and gets no
 * new connection. Fast detection (measured here with the TCP check: a dead backend is out in ~0.5 s, back in
 * ~0.4 s) and redispatch so that new connections in the detection window still land (without it ~1 in 70
 * failed). The check does not verify the apiserver's certificate: the LB holds no CA, and it only asks.
 */

export interface Backend {
  name: string;
  address: string;
  port: number;
}

export interface HaproxyOptions {
  /** Address:port to listen on; `*` for every address. */
  bind: { address: string; port: number };
  backends: readonly Backend[];
  /** Admin socket: `show servers state`, and draining a backend. */
  adminSocket: string;
  pidFile: string;
}

export function haproxyConfig(options: HaproxyOptions): string {
  const servers = options.backends.map((b) => `    server ${b.name} ${b.address.includes(':') ? `[${b.address}]` : b.address}:${b.port} check check-ssl verify none`);
  return [
    '# Written by kubeha: the kube-apiserver load balancer.',
    'global',
    '    log stdout format raw local0 notice',
    `    stats socket ${options.adminSocket} mode 600 level admin`,
    `    pidfile ${options.pidFile}`,
    '',
    'defaults',
    '    mode tcp',
    '    log global',
    '    option tcplog',
    '    option dontlognull',
    // A connection to a control plane that just lost power gets no answer at all: with 5 s to connect and the
    // redispatch only on the last of 3 retries, 6 of ~6100 fresh requests started after a power-off timed out
    // (drill, lab, 3 control planes). Every retry goes to another server now, after at most 1 s.
    '    option redispatch 1',
    '    retries 3',
    '    timeout connect 1s',
    '    timeout client 4h',
    '    timeout server 4h',
    // The read timeout of a check, after its connect (min of timeout connect and inter): a dead or unplugged backend is
    // out as fast as before, a not-ready one answers 500 at once; only a slow /readyz waits. 2 s took the only
    // backend, a loaded cp1 (load average ~90), out of rotation during the joins, and every join request through
    // the LB was cut ("socket disconnected before secure TLS connection was established"); 5 s did the same with 30
    // workers joining at load ~200 (bench scale, 50 workers). 10 s is the kubeadm HA guide's value (ha-considerations).
    '    timeout check 10s',
    '    default-server inter 500ms fastinter 200ms downinter 500ms fall 2 rise 2',
    '',
    'frontend kube-apiserver',
    `    bind ${options.bind.address}:${options.bind.port}`,
    '    default_backend kube-apiserver',
    '',
    'backend kube-apiserver',
    '    balance roundrobin',
    '    option httpchk',
    '    http-check send meth GET uri /readyz ver HTTP/1.1 hdr Host kubernetes',
    '    http-check expect status 200',
    ...servers,
    '',
  ].join('\n');
}
