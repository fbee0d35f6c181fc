/**
 * known_hosts as OpenSSH reads it: `pattern[,pattern…] keytype base64 [comment]`, where a pattern is a name or
 * address (`[name]:port` for a port other than 22), may hold `*` and `?`, and a leading `!` negates it; or one
 * hashed name, `|1|base64(salt)|base64(HMAC-SHA1(salt, name))` (Debian's default `HashKnownHosts yes`).
 * `@revoked` keys are never accepted; `@cert-authority` lines are not used. kubeha never accepts an unknown host
 * key; the lab records each host's key when it creates the host.
 */
export declare function hostKeysFor(knownHosts: string, names: readonly string[], port?: number): string[];
