/**
 * The one place where an argv becomes shell text: the SSH boundary (a remote exec takes a string).
 * Everything else passes argv arrays.
 */
const SAFE = /^[A-Za-z0-9_\-./:=@%+,]+$/;
export function quoteArg(arg) {
    if (arg !== '' && SAFE.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
export function quoteArgv(argv) {
    if (argv.length === 0)
        throw new Error('empty command');
    return argv.map(quoteArg).join(' ');
}
//# sourceMappingURL=quote.js.map