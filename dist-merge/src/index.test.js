import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import ts from 'typescript';
// dist/src/index.test.js → the checkout's src/index.ts.
const INDEX = join(import.meta.dirname, '..', '..', 'src', 'index.ts');
test('every export of the SDK has TSDoc on its declaration (what an editor shows from the .d.ts)', () => {
    const program = ts.createProgram([INDEX], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2023, strict: true, noEmit: true, types: [] });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(INDEX);
    assert.ok(source);
    const module = checker.getSymbolAtLocation(source);
    assert.ok(module);
    const exported = checker.getExportsOfModule(module);
    const undocumented = [];
    for (const symbol of exported) {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const documented = (target.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
        if (!documented)
            undocumented.push(symbol.name);
    }
    assert.deepEqual(undocumented, []);
    for (const name of ['loadCluster', 'plan', 'up', 'status', 'remove', 'reset', 'upgrade', 'drill', 'saveEtcdSnapshot', 'exportKubeconfig', 'deleteKubeconfigContext', 'KubehaError', 'InputError', 'StepFailedError']) {
        assert.ok(exported.some((s) => s.name === name), `${name} is exported`);
    }
});
//# sourceMappingURL=index.test.js.map