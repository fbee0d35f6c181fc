import { InputError } from '../errors.js';
import type { ClusterFile } from '../config/cluster.js';
import type { ImageArchive } from '../artifacts/layout.js';
import { archiveImages } from '../artifacts/oci-image.js';

/**
 * The images of spec.images, each archive's references read from its index on this machine. Checked before any
 * host is contacted: a missing or unnamed archive is bad input.
 */
export async function preloadImages(cluster: ClusterFile, source: string): Promise<ImageArchive[]> {
  const out: ImageArchive[] = [];
  const issues: { path: string; message: string }[] = [];
  for (const [i, file] of cluster.spec.images.entries()) {
    try {
      const images = await archiveImages(file);
      if (images.length === 0) issues.push({ path: `spec.images[${i}]`, message: `${file} names no image (no io.containerd.image.name in its index.json)` });
      for (const image of images) out.push({ ...image, file });
    } catch (err) {
      issues.push({ path: `spec.images[${i}]`, message: `${file} is not a readable OCI archive: ${(err as Error).message}` });
    }
  }
  if (issues.length > 0) throw new InputError(`reading the images of ${source}`, issues, { file: source });
  return out;
}
