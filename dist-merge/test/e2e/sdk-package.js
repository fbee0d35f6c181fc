// The SDK as a user gets it: the packed tarball installed into a project of its own, and TypeScript programs
// compiled against it in strict mode with NodeNext resolution (what `import ... from 'kubeha'` resolves to).
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/util/process.js';
/** The checkout (this file runs from dist/test/e2e). */
export const REPO = join(import.meta.dirname, '..', '..', '..');
/** The ```ts block of the README's SDK section: what a user copies first, so it must compile. */
export async function readmeExample() {
    const readme = await readFile(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('**SDK.**'));
    const m = /```ts\n([\s\S]*?)```/.exec(section);
    assert.ok(m?.[1], 'the README has a ts example in its SDK section');
    return m[1];
}
/**
 * `npm pack` of the checkout, installed with its dependencies (from npm's cache when it holds them) into a
 * temporary project beside the pinned TypeScript and Node.js types; removed after the test.
 */
export async function installPackedSdk(t) {
    const dir = await mkdtemp(join(tmpdir(), 'kubeha-sdk-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const started = Date.now();
    // `npm test` has just compiled dist/; `prepare` (the same tsc) would only compile it again.
    const packed = await run(['npm', 'pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: REPO, doing: 'npm pack' });
    const [info] = JSON.parse(packed.stdout);
    assert.ok(info);
    const files = info.files.map((f) => f.path);
    for (const f of ['dist/src/index.js', 'dist/src/index.d.ts', 'bin/kubeha.js', 'package.json'])
        assert.ok(files.includes(f), `${f} in the tarball`);
    assert.deepEqual(files.filter((f) => f.startsWith('dist/test/') || f.startsWith('dist/bench/') || f.endsWith('.test.js')), [], 'no tests in the tarball');
    const project = join(dir, 'project');
    await mkdir(join(project, 'src'), { recursive: true });
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'kubeha-sdk-e2e', version: '0.0.0', private: true, type: 'module' }));
    const dev = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')).devDependencies;
    // --ignore-scripts: ssh2's optional cpu-features addon is otherwise built with node-gyp (60 of 75 s under
    // load); ssh2 runs without it, and nothing kubeha needs has an install script.
    await run(['npm', 'install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', '--save-exact', join(dir, info.filename), `typescript@${dev['typescript']}`, `@types/node@${dev['@types/node']}`], { cwd: project, doing: 'installing the packed kubeha', timeoutMs: 300_000 });
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', types: ['node'], outDir: 'dist', rootDir: 'src', noEmitOnError: true },
        include: ['src'],
    }));
    t.diagnostic(`packed and installed the SDK in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return {
        dir: project,
        compile: async (sources) => {
            for (const [name, text] of Object.entries(sources))
                await writeFile(join(project, 'src', name), text);
            const r = await run([process.execPath, join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project, allowFailure: true });
            assert.equal(r.code, 0, `tsc against the installed kubeha:\n${r.stdout}${r.stderr}`);
            t.diagnostic(`tsc (strict, NodeNext) of ${Object.keys(sources).join(', ')} against the installed SDK: ${(r.ms / 1000).toFixed(1)} s`);
        },
        run: async (name, args) => {
            const r = await run([process.execPath, join(project, 'dist', `${name}.js`), ...args], { cwd: project, doing: `running the SDK program ${name}`, timeoutMs: 300_000 });
            t.diagnostic(`the SDK program ${name} ran in ${(r.ms / 1000).toFixed(1)} s`);
            return r.stdout;
        },
    };
}
//# sourceMappingURL=sdk-package.js.map