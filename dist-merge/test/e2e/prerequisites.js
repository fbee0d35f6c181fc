// What an end-to-end test needs from this machine. Missing, the test fails and names it: a skipped test would
// count as passed.
import { existsSync } from 'node:fs';
import { run } from '../../src/util/process.js';
export async function requirePrerequisites(need) {
    const missing = [];
    if (need.root && process.getuid?.() !== 0)
        missing.push('root (the test runs as uid ' + String(process.getuid?.()) + ')');
    for (const tool of need.tools ?? []) {
        const r = await run(['sh', '-c', 'command -v "$0"', tool], { allowFailure: true });
        if (r.code !== 0)
            missing.push(`${tool} on PATH (\`kubeha setup\` installs it)`);
    }
    for (const file of need.files ?? [])
        if (!existsSync(file))
            missing.push(`${file} (\`kubeha artifacts ensure\` builds it)`);
    if (missing.length > 0)
        throw new Error(`missing prerequisites: ${missing.join('; ')}`);
}
//# sourceMappingURL=prerequisites.js.map