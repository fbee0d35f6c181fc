export type Der = Buffer;
export declare function tlv(tag: number, ...contents: Buffer[]): Der;
export declare const sequence: (...items: Der[]) => Der;
export declare const set: (...items: Der[]) => Der;
export declare const octetString: (data: Buffer) => Der;
export declare const boolean: (value: boolean) => Der;
export declare const nullValue: () => Der;
/** `[n] EXPLICIT` (constructed context tag). */
export declare const explicit: (n: number, inner: Der) => Der;
/** `[n] IMPLICIT` of a primitive type. */
export declare const implicitPrimitive: (n: number, data: Buffer) => Der;
/** A non-negative INTEGER, minimal, with a leading zero when the top bit is set. */
export declare function integer(value: bigint): Der;
export declare function oid(dotted: string): Der;
/** A BIT STRING of whole bytes (signatures, keys). */
export declare const bitString: (data: Buffer) => Der;
/** A named-bit BIT STRING as Go marshals it: bit 0 is the first byte's top bit, trailing zero bits dropped. */
export declare function namedBits(bits: readonly number[]): Der;
export declare function directoryString(text: string): Der;
/** UTCTime for 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5, as Go does); whole seconds, UTC. */
export declare function time(date: Date): Der;
export interface Tlv {
    tag: number;
    /** The whole element (header and contents). */
    raw: Buffer;
    contents: Buffer;
}
/** The element starting at `offset` of `data`. */
export declare function readTlv(data: Buffer, offset?: number): Tlv;
/** The elements of a constructed value's contents. */
export declare function children(contents: Buffer): Tlv[];
