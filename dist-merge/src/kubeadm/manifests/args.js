/**
 * kubeadm's ArgumentsToCommand for v1beta4 (no merge methods): the defaults sorted by name (then value),
 * minus every default whose name appears in extraArgs, followed by the extraArgs in the order given.
 * Duplicated extraArg names are all kept, so repeatable flags can be passed several times.
 */
export function argumentsToCommand(defaults, extraArgs) {
    const overridden = new Set(extraArgs.map((a) => a.name));
    const base = [...defaults].sort((a, b) => (a.name === b.name ? cmp(a.value, b.value) : cmp(a.name, b.name)));
    return [
        ...base.filter((a) => !overridden.has(a.name)).map((a) => `--${a.name}=${a.value}`),
        ...extraArgs.map((a) => `--${a.name}=${a.value}`),
    ];
}
/** The value of the last arg with this name (kubeadm's GetArgValue(args, name, -1)). */
export function lastArgValue(args, name) {
    for (let i = args.length - 1; i >= 0; i--)
        if (args[i].name === name)
            return args[i].value;
    return undefined;
}
/** Sets a default's value, or adds it (kubeadm's SetArgValues(args, name, value, 1)). */
export function setArg(args, name, value) {
    for (let i = args.length - 1; i >= 0; i--) {
        if (args[i].name === name) {
            args[i] = { name, value };
            return;
        }
    }
    args.push({ name, value });
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=args.js.map