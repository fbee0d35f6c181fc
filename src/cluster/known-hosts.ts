/**
 * known_hosts as OpenSSH writes it (plain, unhashed entries): `name[,name…] keytype base64 [comment]`.
 * kubeha never accepts an unknown host key; the lab records each host's key when it creates the host.
 */
export function hostKeysFor(knownHosts: string, names: readonly string[]): string[] {
  const keys: string[] = [];
  for (const raw of knownHosts.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('@')) continue;
    const [hostsField, type, b64] = line.split(/\s+/);
    if (!hostsField || !type || !b64) continue;
    const hosts = hostsField.split(',').map((h) => h.replace(/^\[([^\]]+)\]:22$/, '$1'));
    if (hosts.some((h) => names.includes(h))) keys.push(`${type} ${b64}`);
  }
  return keys;
}
