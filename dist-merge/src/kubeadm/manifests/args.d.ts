import type { Arg } from '../config/types.js';
/**
 * kubeadm's ArgumentsToCommand for v1beta4 (no merge methods): the defaults sorted by name (then value),
 * minus every default whose name appears in extraArgs, followed by the extraArgs in the order given.
 * Duplicated extraArg names are all kept, so repeatable flags can be passed several times.
 */
export declare function argumentsToCommand(defaults: readonly Arg[], extraArgs: readonly Arg[]): string[];
/** The value of the last arg with this name (kubeadm's GetArgValue(args, name, -1)). */
export declare function lastArgValue(args: readonly Arg[], name: string): string | undefined;
/** Sets a default's value, or adds it (kubeadm's SetArgValues(args, name, value, 1)). */
export declare function setArg(args: Arg[], name: string, value: string): void;
