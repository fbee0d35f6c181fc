import type { GoComponent } from './go-build.js';

/** The Go programs of the conformance suite's test images, built from the module proxy. */

/** agnhost's version as the release's manifest names it (test/images/agnhost/VERSION of k8s.io/kubernetes v1.37.2). */
export const AGNHOST_VERSION = '2.66.1';
/** The "previous" agnhost the manifest names (AgnhostPrev); built from the same source, stamped 2.55. */
export const AGNHOST_PREV_VERSION = '2.55';
/**
 * k8s.io/sample-apiserver for the sample-apiserver:1.29.2 image. Upstream built 1.29.x images from the v0.29
 * branch; v0.29.15 is its last patch.
 */
export const SAMPLE_APISERVER_VERSION = 'v0.29.15';

const AGNHOST_PKG = 'k8s.io/kubernetes/test/images/agnhost';
const NONEWPRIVS_PKG = 'k8s.io/kubernetes/test/images/nonewprivs';

/** Upstream's Makefile: `LD_FLAGS = -X 'main.Version=$(VERSION)'`, image-util.sh adds `-w`. */
function agnhostLdflags(agnhostVersion: string): string {
  return `-w -X main.Version=${agnhostVersion}`;
}

/**
 * agnhost (stamped `agnhostVersion`) and nonewprivs from k8s.io/kubernetes at `kubernetesVersion`. Each stamp
 * gets its own build directory, so neither rebuilds the other, and the release's own `k8s-<version>` directory
 * is never touched.
 */
export function e2eImagesComponent(kubernetesVersion: string, agnhostVersion: string = AGNHOST_VERSION): GoComponent {
  const main = agnhostVersion === AGNHOST_VERSION;
  return {
    name: main ? 'k8s-e2e-images' : `k8s-e2e-agnhost-${agnhostVersion}`,
    module: 'k8s.io/kubernetes',
    version: kubernetesVersion,
    binaries: main
      ? [
          { pkg: AGNHOST_PKG, file: 'agnhost' },
          { pkg: NONEWPRIVS_PKG, file: 'nnp' },
        ]
      : [{ pkg: AGNHOST_PKG, file: 'agnhost' }],
    ldflags: agnhostLdflags(agnhostVersion),
    stagingReplaces: true,
  };
}

export function sampleApiserverComponent(version: string = SAMPLE_APISERVER_VERSION): GoComponent {
  return {
    name: 'sample-apiserver',
    module: 'k8s.io/sample-apiserver',
    version,
    binaries: [{ pkg: 'k8s.io/sample-apiserver', file: 'sample-apiserver' }],
    ldflags: '-s -w',
  };
}
