import type { ExecOptions, Host } from '../transport/host.js';

/** etcdctl on a host with its healthcheck-client certificate (signed by the etcd CA): the narrow way to etcd. */
export function etcdctl(
  host: Host,
  pki: string,
  endpoints: readonly string[],
  args: readonly string[],
  options: ExecOptions & { dialTimeout?: string; commandTimeout?: string } = {},
) {
  const { dialTimeout = '5s', commandTimeout = '15s', ...exec } = options;
  return host.exec(
    [
      'etcdctl',
      `--endpoints=${endpoints.join(',')}`,
      `--cacert=${pki}/etcd/ca.crt`,
      `--cert=${pki}/etcd/healthcheck-client.crt`,
      `--key=${pki}/etcd/healthcheck-client.key`,
      `--dial-timeout=${dialTimeout}`,
      `--command-timeout=${commandTimeout}`,
      ...args,
    ],
    { timeoutMs: 30_000, ...exec, env: { ETCDCTL_API: '3', ...exec.env } },
  );
}
