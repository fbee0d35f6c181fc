import { mkdir, readFile, rename, writeFile, chmod } from 'node:fs/promises';
import { dirname } from 'node:path';
import { run } from '../util/process.js';
import { stagedPath, stagedSuffix } from './tar.js';
/** This machine as a Host: used by the node-local commands (`kubeha init phase …`) and by tests. */
export class LocalHost {
    name;
    constructor(name = 'localhost') {
        this.name = name;
    }
    exec(argv, options = {}) {
        return run(argv, { ...options, host: this.name });
    }
    async readFile(path) {
        try {
            return await readFile(path);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
    }
    async writeFiles(files) {
        for (const file of files) {
            await mkdir(dirname(file.path), { recursive: true, mode: 0o755 });
            const tmp = stagedPath(file.path, stagedSuffix());
            await writeFile(tmp, file.data, { mode: file.mode });
            await chmod(tmp, file.mode);
            await rename(tmp, file.path);
        }
    }
    async close() { }
}
//# sourceMappingURL=local.js.map