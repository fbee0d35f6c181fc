/**
 * Secrets never appear in logs, events or errors. Anything that may carry a secret passes through here.
 * Bootstrap token secrets, certificate keys and PEM private keys are replaced.
 */
const TOKEN = /\b([a-z0-9]{6})\.[a-z0-9]{16}\b/g;
const HEX64 = /\b[0-9a-f]{64}\b/g;
const PEM_KEY = /-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g;
const SHA256_PIN = /sha256:[0-9a-f]{64}/g;
export function redact(text) {
    // CA pins are public (kubeadm prints them); keep them readable by shielding them from the hex rule.
    const pins = [];
    const shielded = text.replace(SHA256_PIN, (pin) => {
        pins.push(pin);
        return `\u0000PIN${pins.length - 1}\u0000`;
    });
    return shielded
        .replace(PEM_KEY, '<private key withheld>')
        .replace(TOKEN, '$1.<withheld>')
        .replace(HEX64, '<value withheld>')
        .replace(/\u0000PIN(\d+)\u0000/g, (_, i) => pins[Number(i)]);
}
//# sourceMappingURL=redact.js.map