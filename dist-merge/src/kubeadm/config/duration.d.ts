/** Go's time.Duration text form ("24h0m0s", "1m30s", "500ms"), which kubeadm configs use. */
/** Parses a Go duration into nanoseconds, or undefined when it is not one. */
export declare function parseGoDuration(text: string): bigint | undefined;
/** Formats nanoseconds like Go's Duration.String(). */
export declare function formatGoDuration(ns: bigint): string;
/** Normalises a duration text to Go's canonical form (e.g. "24h" → "24h0m0s"). */
export declare function normalizeGoDuration(text: string): string;
