import { randomBytes } from 'node:crypto';
import { InputError } from '../../errors.js';

/** A bootstrap token `<id>.<secret>`; the secret part never goes to logs or events. */
export interface BootstrapToken {
  id: string;
  secret: string;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const TOKEN_RE = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
const ID_RE = /^[a-z0-9]{6}$/;
export const EXTRA_GROUP_RE = /^system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]$/;
export const TOKEN_USAGES = ['signing', 'authentication'] as const;
export type TokenUsage = (typeof TOKEN_USAGES)[number];

/** Random characters of [0-9a-z] without modulo bias: bytes ≥ 252 (7×36) are thrown away. */
export function randomTokenString(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= 252) continue;
      out += ALPHABET[byte % 36];
      if (out.length === length) break;
    }
  }
  return out;
}

export function generateToken(): BootstrapToken {
  return { id: randomTokenString(6), secret: randomTokenString(16) };
}

export function formatToken(token: BootstrapToken): string {
  return `${token.id}.${token.secret}`;
}

export function isValidToken(text: string): boolean {
  return TOKEN_RE.test(text);
}

export function isValidTokenId(id: string): boolean {
  return ID_RE.test(id);
}

/** Parses `<id>.<secret>`; the error never repeats the value. */
export function parseToken(text: string, path = 'token'): BootstrapToken {
  const match = TOKEN_RE.exec(text);
  if (!match) throw new InputError('reading a bootstrap token', [{ path, message: 'must be of the form "[a-z0-9]{6}.[a-z0-9]{16}"' }]);
  return { id: match[1]!, secret: match[2]! };
}

export function validateExtraGroups(groups: readonly string[], path = 'groups'): void {
  const issues = groups
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => !EXTRA_GROUP_RE.test(g))
    .map(({ g, i }) => ({ path: `${path}[${i}]`, message: `${JSON.stringify(g)} must match ${EXTRA_GROUP_RE.source}` }));
  if (issues.length > 0) throw new InputError('validating bootstrap token groups', issues);
}

export function validateUsages(usages: readonly string[], path = 'usages'): void {
  const issues = usages
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => !(TOKEN_USAGES as readonly string[]).includes(u))
    .map(({ u, i }) => ({ path: `${path}[${i}]`, message: `${JSON.stringify(u)} is not one of ${TOKEN_USAGES.join(', ')}` }));
  if (issues.length > 0) throw new InputError('validating bootstrap token usages', issues);
}
