import type { JsonWebKey } from 'node:crypto';
import { rsaPrivateJwk } from './rsa.js';

/** The worker-thread entry of keys.ts's pool: one RSA key per task. */
export default function generate({ bits }: { bits: number }): JsonWebKey {
  return rsaPrivateJwk(bits);
}
