import { randomBytes, sign, X509Certificate as NodeX509 } from 'node:crypto';
import { isIP } from 'node:net';
import * as der from './der.js';
import { normalizeAltNames } from './alt-names.js';
import { publicKeyDer, subjectKeyId } from './keys.js';
const EKU_OID = { serverAuth: '1.3.6.1.5.5.7.3.1', clientAuth: '1.3.6.1.5.5.7.3.2' };
/** A random serial in [1, 2^63−1), as kubeadm picks them. */
function randomSerial() {
    const max = (1n << 63n) - 1n;
    let value;
    do
        value = randomBytes(8).readBigUInt64BE() & ((1n << 63n) - 1n);
    while (value >= max - 1n);
    return value + 1n;
}
/** kubeadm's DNs: each O as its own RDN, then CN; PrintableString where Go would use it. */
function distinguishedName(commonName, organization) {
    const rdn = (type, value) => der.set(der.sequence(der.oid(type), der.directoryString(value)));
    return der.sequence(...organization.map((o) => rdn('2.5.4.10', o)), rdn('2.5.4.3', commonName));
}
const issuerFieldsCache = new WeakMap();
function issuerFields(cert) {
    const cached = issuerFieldsCache.get(cert);
    if (cached)
        return cached;
    // Certificate ::= SEQUENCE { tbsCertificate, … }; TBSCertificate ::= SEQUENCE { [0] version, serial, signature,
    // issuer, validity, subject, subjectPublicKeyInfo, [1] [2] unique ids, [3] extensions }.
    const tbs = der.children(der.children(der.readTlv(cert.raw).contents)[0].contents);
    const fields = tbs[0].tag === 0xa0 ? tbs.slice(1) : tbs;
    const found = { subject: Buffer.from(fields[4].raw) };
    const extensions = fields.find((f) => f.tag === 0xa3);
    if (extensions) {
        for (const ext of der.children(der.readTlv(extensions.contents).contents)) {
            const [id, ...rest] = der.children(ext.contents);
            if (!id.raw.equals(OID_SKI))
                continue;
            const value = rest[rest.length - 1]; // extnValue OCTET STRING wrapping the KeyIdentifier OCTET STRING
            found.subjectKeyId = Buffer.from(der.readTlv(value.contents).contents);
        }
    }
    issuerFieldsCache.set(cert, found);
    return found;
}
const OID_SKI = der.oid('2.5.29.14');
function extension(id, critical, value) {
    return der.sequence(der.oid(id), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}
/** Go's signature algorithm for the key: SHA-256 with RSA (all sizes) and P-256, SHA-384 with P-384. */
function signatureAlgorithm(key) {
    if (key.asymmetricKeyType === 'rsa')
        return { identifier: der.sequence(der.oid('1.2.840.113549.1.1.11'), der.nullValue()), hash: 'sha256' };
    if (key.asymmetricKeyDetails?.namedCurve === 'secp384r1')
        return { identifier: der.sequence(der.oid('1.2.840.10045.4.3.3')), hash: 'sha384' };
    return { identifier: der.sequence(der.oid('1.2.840.10045.4.3.2')), hash: 'sha256' };
}
/** The SAN bytes of an IP: 4 for IPv4, 16 for IPv6. */
function ipBytes(ip) {
    if (isIP(ip) === 4)
        return Buffer.from(ip.split('.').map(Number));
    const full = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
    const [head, tail] = full.includes('::') ? full.split('::') : [full, undefined];
    const headParts = head ? head.split(':') : [];
    const tailParts = tail ? tail.split(':') : [];
    const groups = [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts];
    const out = Buffer.alloc(16);
    groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
    return out;
}
/**
 * Creates a certificate with the extensions Go's x509 gives kubeadm's templates, in the same order:
 * KeyUsage (critical), ExtKeyUsage, BasicConstraints (critical), SKI (CAs) / AKI (signed certs), SAN.
 * Self-signed when no issuer is given.
 */
export async function createCertificate(request, key, issuer) {
    const signer = issuer?.key ?? key;
    // KeyUsage bits: digitalSignature (0), keyEncipherment (2), keyCertSign (5).
    const extensions = [extension('2.5.29.15', true, der.namedBits(request.isCA ? [0, 2, 5] : [0, 2]))];
    if (request.usages.length > 0)
        extensions.push(extension('2.5.29.37', false, der.sequence(...request.usages.map((u) => der.oid(EKU_OID[u])))));
    extensions.push(extension('2.5.29.19', true, request.isCA ? der.sequence(der.boolean(true)) : der.sequence()));
    const parent = issuer ? issuerFields(issuer.cert) : undefined;
    if (request.isCA && !issuer)
        extensions.push(extension('2.5.29.14', false, der.octetString(subjectKeyId(key))));
    if (parent?.subjectKeyId)
        extensions.push(extension('2.5.29.35', false, der.sequence(der.implicitPrimitive(0, parent.subjectKeyId))));
    const names = normalizeAltNames(request.altNames);
    if (names.dnsNames.length + names.ips.length > 0) {
        extensions.push(extension('2.5.29.17', false, der.sequence(...names.dnsNames.map((name) => der.implicitPrimitive(2, Buffer.from(name, 'ascii'))), ...names.ips.map((ip) => der.implicitPrimitive(7, ipBytes(ip))))));
    }
    const subject = distinguishedName(request.commonName, request.organization);
    const algorithm = signatureAlgorithm(signer);
    const tbs = der.sequence(der.explicit(0, der.integer(2n)), der.integer(randomSerial()), algorithm.identifier, parent?.subject ?? subject, der.sequence(der.time(request.notBefore), der.time(request.notAfter)), subject, publicKeyDer(key), der.explicit(3, der.sequence(...extensions)));
    // node:crypto signs on the libuv threadpool when given a callback; ECDSA signatures come DER-encoded, as X.509 wants.
    const signature = await new Promise((resolve, reject) => sign(algorithm.hash, tbs, signer, (err, result) => (err ? reject(err) : resolve(result))));
    return new NodeX509(der.sequence(tbs, algorithm.identifier, der.bitString(signature)));
}
export function certificatePem(cert) {
    return cert.toString();
}
/** Seconds precision, as certificates store times. */
export function truncateToSeconds(date) {
    return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
//# sourceMappingURL=certificate.js.map