/** A bootstrap token `<id>.<secret>`; the secret part never goes to logs or events. */
export interface BootstrapToken {
    id: string;
    secret: string;
}
export declare const EXTRA_GROUP_RE: RegExp;
export declare const TOKEN_USAGES: readonly ["signing", "authentication"];
export type TokenUsage = (typeof TOKEN_USAGES)[number];
/** Random characters of [0-9a-z] without modulo bias: bytes ≥ 252 (7×36) are thrown away. */
export declare function randomTokenString(length: number): string;
export declare function generateToken(): BootstrapToken;
export declare function formatToken(token: BootstrapToken): string;
export declare function isValidToken(text: string): boolean;
export declare function isValidTokenId(id: string): boolean;
/** Parses `<id>.<secret>`; the error never repeats the value. */
export declare function parseToken(text: string, path?: string): BootstrapToken;
export declare function validateExtraGroups(groups: readonly string[], path?: string): void;
export declare function validateUsages(usages: readonly string[], path?: string): void;
