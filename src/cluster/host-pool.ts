import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { KubehaError } from '../errors.js';
import type { Host } from '../transport/host.js';
import { SshHost } from '../transport/ssh.js';
import type { ClusterFile, HostSpec } from '../config/cluster.js';
import { hostKeysFor } from './known-hosts.js';

/** Opens one SSH connection per host on first use and keeps it; closes them all at the end. */
export interface HostPool {
  get(name: string): Promise<Host>;
  spec(name: string): HostSpec;
  /** Closes and drops the host's connection (it was powered off): the next get() connects again. */
  forget(name: string): Promise<void>;
  closeAll(): Promise<void>;
}

/** Opens a connection to a host of the cluster file (SSH by default; the lab passes its own). */
export type Connector = (spec: HostSpec) => Promise<Host>;

/** `~` and `~/…` mean the admin's home directory, as in ssh_config (the README's own cluster file uses it). */
export function expandHome(path: string): string {
  return path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}

export function sshConnector(cluster: ClusterFile): Connector {
  return async (h) => {
    const ssh = { ...cluster.spec.ssh, ...h.ssh };
    const keyFile = expandHome(ssh.privateKeyFile ?? '~/.ssh/id_ed25519');
    const knownHostsFile = expandHome(ssh.knownHostsFile ?? '~/.ssh/known_hosts');
    const read = async (path: string, what: string) => {
      try {
        return await readFile(path, 'utf8');
      } catch (err) {
        throw new KubehaError(`cannot read the ${what} ${path}`, { doing: 'connecting over SSH', host: h.name }, { cause: err });
      }
    };
    const [privateKey, knownHosts] = [await read(keyFile, 'private key'), await read(knownHostsFile, 'known_hosts file')];
    const knownHostKeys = hostKeysFor(knownHosts, [h.address, h.name]);
    if (knownHostKeys.length === 0) {
      throw new KubehaError(`no host key for ${h.address} in ${knownHostsFile}; record it first (ssh-keyscan, checked out of band)`, {
        doing: 'connecting over SSH',
        host: h.name,
      });
    }
    return SshHost.connect({
      name: h.name,
      address: h.address,
      ...(ssh.port === undefined ? {} : { port: ssh.port }),
      user: ssh.user ?? 'root',
      privateKey,
      knownHostKeys,
    });
  };
}

/** The host connected and answering a trivial command, or why not (unreachable, powered off, auth refused). */
export async function answering(hosts: HostPool, name: string): Promise<{ host?: Host; error?: string }> {
  try {
    const host = await hosts.get(name);
    await host.exec(['true'], { timeoutMs: 10_000 });
    return { host };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export function hostPool(cluster: ClusterFile, connect: Connector): HostPool {
  const open = new Map<string, Promise<Host>>();
  const spec = (name: string): HostSpec => {
    const h = cluster.spec.hosts.find((x) => x.name === name);
    if (!h) throw new KubehaError(`no host named ${name} in the cluster file`, { doing: 'looking up a host' });
    return h;
  };
  return {
    spec,
    get(name) {
      let p = open.get(name);
      if (!p) {
        p = connect(spec(name));
        open.set(name, p);
        p.catch(() => open.delete(name));
      }
      return p;
    },
    async forget(name) {
      const p = open.get(name);
      open.delete(name);
      await p?.then((h) => h.close()).catch(() => {});
    },
    async closeAll() {
      const hosts = await Promise.allSettled(open.values());
      open.clear();
      await Promise.all(hosts.map((h) => (h.status === 'fulfilled' ? h.value.close() : undefined)));
    },
  };
}
