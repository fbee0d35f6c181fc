export type Reachability = 'open' | 'refused' | 'timeout' | 'unreachable';
/**
 * The guide's `nc -zv -w 2 LB PORT`: "connection refused" is expected before the first apiserver runs (the
 * LB answered and has no healthy backend... or the LB itself closed); a timeout means the LB cannot be
 * reached or cannot reach the control plane and must be fixed.
 */
export declare function probeTcp(host: string, port: number, timeoutMs?: number): Promise<Reachability>;
