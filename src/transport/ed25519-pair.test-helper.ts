import ssh2 from 'ssh2';

/**
 * An ed25519 key pair that ssh2 itself can parse. ssh2 1.17's generateKeyPairSync strips the leading zero bytes
 * of the public key, so about 1 pair in 256 is "Malformed OpenSSH private key" to its own parser (mscdex/ssh2
 * #1390, #1513; it failed this project's ssh unit test once in two runs of the suite). Such a pair is drawn again.
 */
export function ed25519Pair(options?: { passphrase: string; cipher: string; rounds: number }): { public: string; private: string } {
  for (;;) {
    const pair = options ? ssh2.utils.generateKeyPairSync('ed25519', options) : ssh2.utils.generateKeyPairSync('ed25519');
    const parsed = [ssh2.utils.parseKey(pair.public), ssh2.utils.parseKey(pair.private, options?.passphrase)];
    if (parsed.every((p) => !(p instanceof Error))) return pair;
  }
}
