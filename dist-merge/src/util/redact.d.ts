/**
 * Secrets never appear in logs, events or errors. Anything that may carry a secret passes through here.
 * Bootstrap token secrets, certificate keys and PEM private keys are replaced.
 */
export declare function redact(text: string): string;
