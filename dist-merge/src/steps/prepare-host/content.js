import { emitter } from '../../events.js';
import { provideContent } from '../../transport/content.js';
const mb = (bytes) => (bytes / 1048576).toFixed(1);
/**
 * provideContent on one host of the cluster, with a debug event saying what was found there and what had to be
 * sent, and how long that took (the part of host preparation that is transfer, apart from the install).
 */
export async function provideOn(ctx, name, what, items) {
    const started = Date.now();
    const provided = await provideContent(await ctx.hosts.get(name), items);
    const sentBytes = provided.sent.reduce((a, c) => a + c.size, 0);
    const total = items.reduce((a, c) => a + c.size, 0);
    emitter(ctx.emit)({
        type: 'log',
        level: 'debug',
        host: name,
        message: `${what}: ${items.length - provided.sent.length} of ${items.length} file(s) on the host already, ${provided.sent.length} sent (${mb(sentBytes)} of ${mb(total)} MiB) in ${Date.now() - started} ms`,
    });
    return provided;
}
//# sourceMappingURL=content.js.map