// The few DER encodings an X.509 certificate needs, and a reader for the TLVs of an existing one.
// Certificates are built here rather than with @peculiar/x509 because its ASN.1 object model cost ~25 ms of CPU per
// certificate (measured: ECDSA-P256, Node 20), more than the whole of kubeadm's ECDSA `certs all`.
function length(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    for (let v = n; v > 0; v = Math.floor(v / 256))
        bytes.unshift(v & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
export function tlv(tag, ...contents) {
    const body = Buffer.concat(contents);
    return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}
export const sequence = (...items) => tlv(0x30, ...items);
export const set = (...items) => tlv(0x31, ...items);
export const octetString = (data) => tlv(0x04, data);
export const boolean = (value) => tlv(0x01, Buffer.from([value ? 0xff : 0x00]));
export const nullValue = () => Buffer.from([0x05, 0x00]);
/** `[n] EXPLICIT` (constructed context tag). */
export const explicit = (n, inner) => tlv(0xa0 | n, inner);
/** `[n] IMPLICIT` of a primitive type. */
export const implicitPrimitive = (n, data) => tlv(0x80 | n, data);
/** A non-negative INTEGER, minimal, with a leading zero when the top bit is set. */
export function integer(value) {
    if (value < 0n)
        throw new RangeError('negative INTEGER');
    let hex = value.toString(16);
    if (hex.length % 2 === 1)
        hex = `0${hex}`;
    let bytes = Buffer.from(hex, 'hex');
    if (bytes[0] & 0x80)
        bytes = Buffer.concat([Buffer.from([0]), bytes]);
    return tlv(0x02, bytes);
}
export function oid(dotted) {
    const parts = dotted.split('.').map(Number);
    const out = [40 * parts[0] + parts[1]];
    for (const part of parts.slice(2)) {
        const chunk = [part & 0x7f];
        for (let v = Math.floor(part / 128); v > 0; v = Math.floor(v / 128))
            chunk.unshift(0x80 | (v & 0x7f));
        out.push(...chunk);
    }
    return tlv(0x06, Buffer.from(out));
}
/** A BIT STRING of whole bytes (signatures, keys). */
export const bitString = (data) => tlv(0x03, Buffer.from([0]), data);
/** A named-bit BIT STRING as Go marshals it: bit 0 is the first byte's top bit, trailing zero bits dropped. */
export function namedBits(bits) {
    const top = Math.max(...bits);
    const bytes = Buffer.alloc(Math.floor(top / 8) + 1);
    for (const bit of bits)
        bytes[Math.floor(bit / 8)] |= 0x80 >> bit % 8;
    return tlv(0x03, Buffer.from([7 - (top % 8)]), bytes);
}
/** Go's encoding/asn1 isPrintable (no `*`, no `&`): such strings become PrintableString, others UTF8String. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;
export function directoryString(text) {
    return tlv(PRINTABLE.test(text) ? 0x13 : 0x0c, Buffer.from(text, 'utf8'));
}
/** UTCTime for 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5, as Go does); whole seconds, UTC. */
export function time(date) {
    const iso = date.toISOString();
    const digits = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
    const year = date.getUTCFullYear();
    return year >= 1950 && year < 2050 ? tlv(0x17, Buffer.from(digits.slice(2))) : tlv(0x18, Buffer.from(digits));
}
/** The element starting at `offset` of `data`. */
export function readTlv(data, offset = 0) {
    if (offset + 2 > data.length)
        throw new Error('truncated DER');
    const tag = data[offset];
    let len = data[offset + 1];
    let header = 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4)
            throw new Error('unsupported DER length');
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + data[offset + 2 + i];
        header += n;
    }
    const end = offset + header + len;
    if (end > data.length)
        throw new Error('truncated DER');
    return { tag, raw: data.subarray(offset, end), contents: data.subarray(offset + header, end) };
}
/** The elements of a constructed value's contents. */
export function children(contents) {
    const out = [];
    for (let offset = 0; offset < contents.length;) {
        const item = readTlv(contents, offset);
        out.push(item);
        offset += item.raw.length;
    }
    return out;
}
//# sourceMappingURL=der.js.map