import type { EventSink } from '../events.js';
import { ensureArtifacts } from '../artifacts/ensure.js';
import type { ImageArchive } from '../artifacts/layout.js';
import { ensureTestImages } from '../artifacts/test-images.js';

/**
 * Every image the conformance specs start pods from that a worker lacks: the test images, and the release's etcd
 * image, which the aggregator spec runs beside the sample-apiserver (v1.37.2 test/e2e/apimachinery/aggregator.go;
 * prepare/images gives workers no etcd image). Measured: without it that spec timed out in ImagePullBackOff.
 */
export async function conformanceImages(options: { version?: string; emit?: EventSink } = {}): Promise<ImageArchive[]> {
  const [test, release] = await Promise.all([ensureTestImages(options), ensureArtifacts(options)]);
  return [...test.images, ...release.images.filter((i) => /\/etcd:/.test(i.ref))];
}
