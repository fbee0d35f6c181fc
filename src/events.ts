/**
 * Library code never prints: it emits these typed events, and the CLI renders them (src/report/).
 * Events never carry secrets; free text passes through redact() at the emitter.
 */

/** A progress event of an operation: steps starting, done, skipped or failed; progress, logs and results. */
export type KubehaEvent =
  | { type: 'step-start'; step: string; title: string; host?: string; at: number }
  | { type: 'step-done'; step: string; host?: string; at: number; ms: number; changed: boolean }
  | { type: 'step-skip'; step: string; host?: string; at: number; reason: string }
  | { type: 'step-fail'; step: string; host?: string; at: number; ms: number; error: string; output?: string }
  | { type: 'progress'; scope: string; message: string; at: number; elapsedMs?: number }
  | { type: 'log'; level: 'debug' | 'info' | 'warn'; message: string; host?: string; at: number }
  | { type: 'result'; name: string; value: string; at: number };

/** Where an operation sends its events (`emit`); it must not throw. */
export type EventSink = (event: KubehaEvent) => void;

/** An EventSink that drops everything, for callers that do not care. */
export const silent: EventSink = () => {};

type WithoutAt<E> = E extends unknown ? Omit<E, 'at'> : never;

/** Stamps events with the time they were emitted. */
export function emitter(sink: EventSink): (event: WithoutAt<KubehaEvent>) => void {
  return (event) => sink({ ...event, at: Date.now() } as KubehaEvent);
}
