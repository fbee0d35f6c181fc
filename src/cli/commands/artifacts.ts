import { join } from 'node:path';
import type { Command } from 'commander';
import { ensureArtifacts } from '../../artifacts/ensure.js';
import { cacheRoot, DEFAULT_KUBERNETES_VERSION } from '../../artifacts/layout.js';
import { ensureTestImages } from '../../artifacts/test-images.js';
import { textRenderer } from '../../report/tty.js';
import { renderer, type OutputFormat } from '../render.js';
import { outputOption } from './cluster.js';

interface EnsureFlags {
  kubernetesVersion: string;
  from?: string;
  releaseUrl?: string;
  download: boolean;
}

export function registerArtifacts(program: Command): void {
  const artifacts = program.command('artifacts').description('Kubernetes binaries and container images, built or fetched once and cached');

  artifacts
    .command('ensure')
    .description('make sure the artifacts for a release exist (user directory, cache, official download, or a Go build)')
    .option('--kubernetes-version <version>', 'Kubernetes release', DEFAULT_KUBERNETES_VERSION)
    .option('--from <dir>', 'use a directory with bin/ cni/ images/ versions.json instead of the cache')
    .option('--release-url <url>', 'download official release binaries from here, checksums verified (e.g. https://dl.k8s.io/release; default $KUBEHA_RELEASE_URL, else no download)')
    .option('--no-download', 'do not try official release downloads; build what is missing')
    .action(async (flags: EnsureFlags) => {
      const started = Date.now();
      const set = await ensureArtifacts({
        version: flags.kubernetesVersion,
        ...(flags.from === undefined ? {} : { sourceDir: flags.from }),
        ...(flags.download ? (flags.releaseUrl === undefined ? {} : { releaseBaseUrl: flags.releaseUrl }) : { releaseBaseUrl: null }),
        emit: textRenderer((line) => process.stderr.write(line)),
      });
      process.stderr.write(
        `artifacts for Kubernetes ${set.version} ready in ${((Date.now() - started) / 1000).toFixed(1)}s: ` +
          `etcd ${set.versions.etcd}, CoreDNS ${set.versions.coredns}, pause ${set.versions.pause}, ` +
          `flannel ${set.versions.flannel}, ${set.images.length} images\n`,
      );
      process.stdout.write(`${set.dir}\n`);
    });

  artifacts
    .command('test-images')
    .description("build the conformance suite's test images (registry.k8s.io/e2e-test-images/...) offline, once, and print their directory")
    .option('--kubernetes-version <version>', 'the release whose e2e.test uses them', DEFAULT_KUBERNETES_VERSION)
    .addOption(outputOption())
    .action(async (flags: { kubernetesVersion: string; output: OutputFormat }) => {
      const started = Date.now();
      const set = await ensureTestImages({ version: flags.kubernetesVersion, emit: renderer(flags.output) });
      if (flags.output === 'json') {
        process.stdout.write(`${JSON.stringify(set)}\n`);
        return;
      }
      process.stderr.write(`${set.images.length} test images ready in ${((Date.now() - started) / 1000).toFixed(1)}s; substitutions:\n`);
      for (const s of set.substitutions) process.stderr.write(`  ${s}\n`);
      process.stdout.write(`${set.dir}\n`);
    });

  artifacts
    .command('path')
    .description('print the cache directory of a release (whether or not it is complete)')
    .option('--kubernetes-version <version>', 'Kubernetes release', DEFAULT_KUBERNETES_VERSION)
    .action((flags: { kubernetesVersion: string }) => {
      process.stdout.write(`${join(cacheRoot(), 'artifacts', flags.kubernetesVersion)}\n`);
    });
}
