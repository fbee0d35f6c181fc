/** Go's time.Duration text form ("24h0m0s", "1m30s", "500ms"), which kubeadm configs use. */
const UNIT_NS = {
    ns: 1n,
    us: 1000n,
    'µs': 1000n,
    'μs': 1000n,
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
/** Parses a Go duration into nanoseconds, or undefined when it is not one. */
export function parseGoDuration(text) {
    let rest = text;
    let sign = 1n;
    if (rest.startsWith('-') || rest.startsWith('+')) {
        if (rest[0] === '-')
            sign = -1n;
        rest = rest.slice(1);
    }
    if (rest === '0')
        return 0n;
    if (rest === '')
        return undefined;
    let total = 0n;
    const part = /^(\d+)(?:\.(\d+))?(ns|us|µs|μs|ms|s|m|h)/;
    while (rest !== '') {
        const m = part.exec(rest);
        if (!m)
            return undefined;
        const unit = UNIT_NS[m[3]];
        total += BigInt(m[1]) * unit;
        if (m[2])
            total += (BigInt(m[2]) * unit) / 10n ** BigInt(m[2].length);
        rest = rest.slice(m[0].length);
    }
    return sign * total;
}
/** Formats nanoseconds like Go's Duration.String(). */
export function formatGoDuration(ns) {
    if (ns === 0n)
        return '0s';
    const neg = ns < 0n;
    let u = neg ? -ns : ns;
    let out;
    if (u < 1000000000n) {
        const [unit, div] = u < 1000n ? ['ns', 1n] : u < 1000000n ? ['µs', 1000n] : ['ms', 1000000n];
        out = `${fraction(u, div)}${unit}`;
    }
    else {
        const h = u / 3600000000000n;
        u %= 3600000000000n;
        const m = u / 60000000000n;
        u %= 60000000000n;
        out = `${fraction(u, 1000000000n)}s`;
        if (h > 0n || m > 0n)
            out = `${m}m${out}`;
        if (h > 0n)
            out = `${h}h${out}`;
    }
    return neg ? `-${out}` : out;
}
function fraction(value, div) {
    const whole = value / div;
    const rem = value % div;
    if (rem === 0n)
        return String(whole);
    const digits = String(div).length - 1;
    return `${whole}.${String(rem).padStart(digits, '0').replace(/0+$/, '')}`;
}
/** Normalises a duration text to Go's canonical form (e.g. "24h" → "24h0m0s"). */
export function normalizeGoDuration(text) {
    const ns = parseGoDuration(text);
    if (ns === undefined)
        throw new Error(`not a duration: ${text}`);
    return formatGoDuration(ns);
}
//# sourceMappingURL=duration.js.map