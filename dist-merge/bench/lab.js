/**
 * Lab benchmark: create and destroy time for 3, 6 and 12 hosts (and per host), and the round-trip of a command
 * on an open SSH connection (median of 50). Creation includes the lab's shared content (hard links of the
 * artifacts and host packages, the .debs hashed). Target (issue 18): 6 hosts created in at most 10 s warm.
 * Needs root and the cached Debian base (built on first use). Run: npm run bench lab
 */
import { connectLabHost, createLab, destroyLab } from '../src/lab/index.js';
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const shapes = [
    { loadBalancers: 0, controlPlanes: 3, etcd: 0, workers: 0 },
    { loadBalancers: 1, controlPlanes: 3, etcd: 0, workers: 2 },
    { loadBalancers: 2, controlPlanes: 3, etcd: 3, workers: 4 },
];
const name = `bench${process.pid % 100000}`;
let sixHosts;
try {
    for (const shape of shapes) {
        const hosts = shape.loadBalancers + shape.controlPlanes + shape.etcd + shape.workers;
        const t0 = performance.now();
        const lab = await createLab({ name, ...shape });
        const created = performance.now() - t0;
        if (hosts === 6)
            sixHosts = created / 1000;
        let rtt;
        if (hosts === 6) {
            const ssh = await connectLabHost(lab, 'cp1');
            try {
                const samples = [];
                for (let i = 0; i < 5; i++)
                    await ssh.exec(['true']);
                for (let i = 0; i < 50; i++) {
                    const s = performance.now();
                    await ssh.exec(['true']);
                    samples.push(performance.now() - s);
                }
                rtt = median(samples);
            }
            finally {
                await ssh.close();
            }
        }
        const t1 = performance.now();
        await destroyLab(name);
        const destroyed = performance.now() - t1;
        process.stdout.write(`${String(hosts).padStart(2)} hosts: create ${(created / 1000).toFixed(2)} s (${(created / 1000 / hosts).toFixed(2)} s per host), destroy ${(destroyed / 1000).toFixed(2)} s` +
            (rtt === undefined ? '' : `, ssh command round-trip median of 50: ${rtt.toFixed(1)} ms`) +
            `\n`);
    }
}
finally {
    await destroyLab(name).catch(() => false);
}
if (sixHosts !== undefined)
    console.log(`RESULT lab-create-6-hosts ${sixHosts.toFixed(2)} <=10 ${sixHosts <= 10 ? 'pass' : 'fail'}`);
//# sourceMappingURL=lab.js.map