import { join } from 'node:path';
import type { EventSink } from '../events.js';
import { conformanceComponent } from '../artifacts/components.js';
import { requireGo } from '../artifacts/ensure.js';
import { goBuild } from '../artifacts/go-build.js';
import { cacheRoot, DEFAULT_KUBERNETES_VERSION } from '../artifacts/layout.js';

/** The release's conformance suite binaries, built from the Go module proxy and cached in the build directory. */
export interface ConformanceTools {
  version: string;
  /** k8s.io/kubernetes/test/e2e's test binary. */
  e2eTest: string;
  /** The ginkgo CLI that runs it in parallel. */
  ginkgo: string;
}

/**
 * Builds e2e.test and ginkgo of the release from the Go module proxy, once (later calls reuse the build directory's
 * stamped binaries).
 */
export async function ensureConformanceTools(options: { version?: string; emit?: EventSink } = {}): Promise<ConformanceTools> {
  const version = options.version ?? DEFAULT_KUBERNETES_VERSION;
  await requireGo('the conformance suite');
  const built = await goBuild(conformanceComponent(version), { buildRoot: join(cacheRoot(), 'build'), ...(options.emit ? { emit: options.emit } : {}) });
  return { version, e2eTest: built['e2e.test']!, ginkgo: built['ginkgo']! };
}
