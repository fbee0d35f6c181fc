import { join } from 'node:path';
import { ensureArtifacts } from '../../artifacts/ensure.js';
import { cacheRoot, DEFAULT_KUBERNETES_VERSION } from '../../artifacts/layout.js';
import { textRenderer } from '../../report/tty.js';
export function registerArtifacts(program) {
    const artifacts = program.command('artifacts').description('Kubernetes binaries and container images, built or fetched once and cached');
    artifacts
        .command('ensure')
        .description('make sure the artifacts for a release exist (user directory, cache, official download, or a Go build)')
        .option('--kubernetes-version <version>', 'Kubernetes release', DEFAULT_KUBERNETES_VERSION)
        .option('--from <dir>', 'use a directory with bin/ cni/ images/ versions.json instead of the cache')
        .option('--release-url <url>', 'download official release binaries from here, checksums verified (e.g. https://dl.k8s.io/release; default $KUBEHA_RELEASE_URL, else no download)')
        .option('--no-download', 'do not try official release downloads; build what is missing')
        .action(async (flags) => {
        const started = Date.now();
        const set = await ensureArtifacts({
            version: flags.kubernetesVersion,
            ...(flags.from === undefined ? {} : { sourceDir: flags.from }),
            ...(flags.download ? (flags.releaseUrl === undefined ? {} : { releaseBaseUrl: flags.releaseUrl }) : { releaseBaseUrl: null }),
            emit: textRenderer((line) => process.stderr.write(line)),
        });
        process.stderr.write(`artifacts for Kubernetes ${set.version} ready in ${((Date.now() - started) / 1000).toFixed(1)}s: ` +
            `etcd ${set.versions.etcd}, CoreDNS ${set.versions.coredns}, pause ${set.versions.pause}, ` +
            `flannel ${set.versions.flannel}, ${set.images.length} images\n`);
        process.stdout.write(`${set.dir}\n`);
    });
    artifacts
        .command('path')
        .description('print the cache directory of a release (whether or not it is complete)')
        .option('--kubernetes-version <version>', 'Kubernetes release', DEFAULT_KUBERNETES_VERSION)
        .action((flags) => {
        process.stdout.write(`${join(cacheRoot(), 'artifacts', flags.kubernetesVersion)}\n`);
    });
}
//# sourceMappingURL=artifacts.js.map