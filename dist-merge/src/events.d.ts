/**
 * Library code never prints: it emits these typed events, and the CLI renders them (src/report/).
 * Events never carry secrets: every event passes through redact() on its way to a sink (emitter below).
 */
import type { ValidationIssue } from './errors.js';
/** A progress event of an operation: steps starting, done, skipped or failed; progress, logs and results. */
export type KubehaEvent = {
    type: 'step-start';
    step: string;
    title: string;
    host?: string;
    at: number;
} | {
    type: 'step-done';
    step: string;
    host?: string;
    at: number;
    ms: number;
    changed: boolean;
} | {
    type: 'step-skip';
    step: string;
    host?: string;
    at: number;
    reason: string;
    ms?: number;
} | {
    type: 'step-fail';
    step: string;
    host?: string;
    at: number;
    ms: number;
    error: string;
    output?: string;
} | {
    type: 'progress';
    scope: string;
    message: string;
    at: number;
    elapsedMs?: number;
} | {
    type: 'log';
    level: 'debug' | 'info' | 'warn';
    message: string;
    host?: string;
    at: number;
} | {
    type: 'result';
    name: string;
    value: string;
    at: number;
} | ErrorEvent;
/** How a command ended when it failed: the CLI's last event with `-o json` (exit code 2 for input errors). */
export interface ErrorEvent {
    type: 'error';
    /** input, usage, interrupted, command, precondition, failed or internal. */
    code: string;
    exitCode: number;
    message: string;
    doing?: string;
    file?: string;
    /** The field (a path like spec.networking.podSubnet) when there is one problem. */
    field?: string;
    host?: string;
    /** The first problems when there are several; `more` counts the rest. */
    issues?: ValidationIssue[];
    more?: number;
    at: number;
}
/** Where an operation sends its events (`emit`); it must not throw. */
export type EventSink = (event: KubehaEvent) => void;
/** An EventSink that drops everything, for callers that do not care. */
export declare const silent: EventSink;
type WithoutAt<E> = E extends unknown ? Omit<E, 'at'> : never;
/** The event with every text in it redacted: what any sink, the SDK caller's included, may see. */
export declare function redactEvent<E extends KubehaEvent>(event: E): E;
/**
 * Stamps events with the time they were emitted and redacts them. Every library module emits through this, so no
 * sink handed to the SDK receives a secret, whatever the operation put into a message.
 */
export declare function emitter(sink: EventSink): (event: WithoutAt<KubehaEvent>) => void;
export {};
