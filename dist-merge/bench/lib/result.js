// Every benchmark ends with one line per figure: `RESULT <name> <value> <target> pass|fail` for a target
// (`<=1.2`, `>=5`, `=0`), `RESULT <name> <value> info` for a figure reported without one.
const TARGET = /^(<=|>=|=)(-?\d+(?:\.\d+)?)$/;
export function met(value, target) {
    const m = TARGET.exec(target);
    if (!m)
        throw new Error(`not a target: ${target}`);
    const bound = Number(m[2]);
    return m[1] === '<=' ? value <= bound : m[1] === '>=' ? value >= bound : value === bound;
}
/** Prints a RESULT line; a value that was not measured (undefined, NaN) fails its target. */
export function result(name, value, target, digits = 2) {
    const measured = value !== undefined && Number.isFinite(value);
    const shown = measured ? String(Number(value.toFixed(digits))) : 'none';
    if (target === 'info') {
        console.log(`RESULT ${name} ${shown} info`);
        return true;
    }
    const ok = measured && met(value, target);
    console.log(`RESULT ${name} ${shown} ${target} ${ok ? 'pass' : 'fail'}`);
    return ok;
}
//# sourceMappingURL=result.js.map