import type { DrillReport } from '../cluster/drill.js';
/** `kubeha drill` as text: one row per victim, then what exceeded a threshold. */
export declare function renderDrill(r: DrillReport): string;
