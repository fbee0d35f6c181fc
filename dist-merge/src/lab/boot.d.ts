export interface BootRequest {
    host: string;
    netns: string;
    /** The host's backing directory (holds upper/, work/, root/ and boot.log). */
    dir: string;
    /** The read-only base root filesystem (the overlay's lower layer). */
    base: string;
    /** Bind mounts, in order: [source on the machine, target inside the host, read-write or read-only]. */
    binds: readonly (readonly [string, string, 'rw' | 'ro'])[];
}
/** Starts the host and returns the launcher's PID (the `unshare` whose only child is the host's PID 1). */
export declare function bootHost(req: BootRequest): number;
