import type { TestContext } from 'node:test';
/** The checkout (this file runs from dist/test/e2e). */
export declare const REPO: string;
/** The ```ts block of the README's SDK section: what a user copies first, so it must compile. */
export declare function readmeExample(): Promise<string>;
export interface SdkProject {
    dir: string;
    /** Compiles `files` (name → source, under src/) with tsc strict, NodeNext; the JavaScript lands in dist/. */
    compile(files: Record<string, string>): Promise<void>;
    /** Runs a compiled program (dist/<name>.js) with node; its standard output. */
    run(name: string, args: string[]): Promise<string>;
}
/**
 * `npm pack` of the checkout, installed with its dependencies (from npm's cache when it holds them) into a
 * temporary project beside the pinned TypeScript and Node.js types; removed after the test.
 */
export declare function installPackedSdk(t: TestContext): Promise<SdkProject>;
