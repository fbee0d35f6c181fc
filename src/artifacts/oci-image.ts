import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../util/process.js';
import { tempNameFor } from './files.js';

/** Container images made offline with umoci, packed as OCI archives that `ctr images import` names right. */

export interface ImageConfig {
  entrypoint?: readonly string[];
  cmd?: readonly string[];
  env?: readonly string[];
  workingDir?: string;
  /** The signal that stops the container, e.g. SIGQUIT (nginx's graceful stop). */
  stopSignal?: string;
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** "registry.k8s.io/coredns/coredns:v1.14.6" → { name: "registry.k8s.io/coredns/coredns", tag: "v1.14.6" }. */
export function splitRef(ref: string): { name: string; tag: string } {
  const colon = ref.lastIndexOf(':');
  if (colon <= ref.lastIndexOf('/')) throw new Error(`image reference without a tag: ${ref}`);
  return { name: ref.slice(0, colon), tag: ref.slice(colon + 1) };
}

/** A file name for an image archive: registry.k8s.io_coredns_coredns_v1.14.6.oci.tar. */
export function archiveName(ref: string): string {
  return `${ref.replace(/[/:]/g, '_')}.oci.tar`;
}

/** Adds the full reference to the index so that containerd imports the image under that name. */
export function nameIndex(indexJson: string, ref: string): string {
  const index = JSON.parse(indexJson) as { manifests?: Array<{ annotations?: Record<string, string> }> };
  const { tag } = splitRef(ref);
  for (const m of index.manifests ?? []) {
    if (m.annotations?.['org.opencontainers.image.ref.name'] === tag) {
      m.annotations['io.containerd.image.name'] = ref;
    }
  }
  return JSON.stringify(index);
}

/**
 * Builds one image: `populate` fills the root file system, umoci turns it into a single layer with the given
 * config, and the OCI layout is written to `outFile` as a tar archive (under a temporary name first).
 */
export async function buildImageArchive(args: {
  ref: string;
  outFile: string;
  workRoot: string;
  config: ImageConfig;
  populate: (rootfs: string) => Promise<void>;
}): Promise<void> {
  const { tag } = splitRef(args.ref);
  const work = await mkdtemp(join(args.workRoot, 'image-'));
  const layout = join(work, 'oci');
  const bundle = join(work, 'bundle');
  const image = `${layout}:${tag}`;
  const doing = `building image ${args.ref}`;
  const umoci = (argv: string[]): Promise<unknown> => run(['umoci', ...argv], { doing, timeoutMs: 600_000 });
  try {
    await umoci(['init', '--layout', layout]);
    await umoci(['new', '--image', image]);
    await umoci(['unpack', '--image', image, bundle]);
    await args.populate(join(bundle, 'rootfs'));
    await umoci(['repack', '--image', image, bundle]);
    const config: string[] = ['config', '--image', image];
    for (const e of args.config.env ?? [DEFAULT_PATH]) config.push('--config.env', e);
    if (args.config.entrypoint) for (const a of args.config.entrypoint) config.push('--config.entrypoint', a);
    if (args.config.cmd) for (const a of args.config.cmd) config.push('--config.cmd', a);
    config.push('--config.workingdir', args.config.workingDir ?? '/');
    if (args.config.stopSignal) config.push('--config.stopsignal', args.config.stopSignal);
    await umoci(config);
    await umoci(['gc', '--layout', layout]);
    const indexPath = join(layout, 'index.json');
    await writeFile(indexPath, nameIndex(await readFile(indexPath, 'utf8'), args.ref));
    const temp = tempNameFor(args.outFile);
    try {
      await run(['tar', '--numeric-owner', '-C', layout, '-cf', temp, 'oci-layout', 'index.json', 'blobs'], { doing });
      await run(['mv', '-f', temp, args.outFile], { doing });
    } finally {
      await rm(temp, { force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The images an OCI archive's index names with io.containerd.image.name (what `ctr images import` names them), and their digests. */
export function indexImages(indexJson: string): Array<{ ref: string; digest?: string }> {
  const index = JSON.parse(indexJson) as { manifests?: Array<{ digest?: string; annotations?: Record<string, string> }> };
  return (index.manifests ?? []).flatMap((m) => {
    const ref = m.annotations?.['io.containerd.image.name'];
    return ref === undefined || ref === '' ? [] : [m.digest === undefined ? { ref } : { ref, digest: m.digest }];
  });
}

/** indexImages of an archive on this machine (tar reads its index.json only). */
export async function archiveImages(file: string): Promise<Array<{ ref: string; digest?: string }>> {
  const r = await run(['tar', '-xOf', file, 'index.json'], { doing: `reading the index of ${file}`, allowFailure: true, timeoutMs: 120_000 });
  if (r.code !== 0) throw new Error(r.stderr.trim().split('\n').pop() || `tar exited with code ${r.code}`);
  return indexImages(r.stdout);
}
