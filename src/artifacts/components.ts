import { KUBERNETES_BINARIES } from './layout.js';
import type { GoComponent } from './go-build.js';

/** What is built from the Go module proxy, at which versions, and with which version stamps. */

/** Newest flannel release whose dependencies the module proxy serves (with the replace below). */
export const FLANNEL_VERSION = 'v0.28.10';
/**
 * The flannel CNI plugin. Its own repository (flannel-io/cni-plugin) is not served by the module proxy; the
 * same plugin lived in containernetworking/plugins (plugins/meta/flannel) until v0.9.1, its last release there.
 */
export const FLANNEL_CNI_PLUGIN_VERSION = 'v0.9.1';

function kubernetesLdflags(version: string): string {
  const match = /^v(\d+)\.(\d+)\./.exec(version);
  if (!match) throw new Error(`not a Kubernetes version: ${version}`);
  const [, major, minor] = match;
  // A fixed build date keeps the binaries reproducible; the version packages are what `--version` prints.
  const stamp = (pkg: string): string[] => [
    `-X ${pkg}.gitVersion=${version}`,
    `-X ${pkg}.gitMajor=${major}`,
    `-X ${pkg}.gitMinor=${minor}`,
    `-X ${pkg}.gitTreeState=clean`,
    `-X ${pkg}.buildDate=2026-01-01T00:00:00Z`,
  ];
  return ['-s', '-w', ...stamp('k8s.io/component-base/version'), ...stamp('k8s.io/client-go/pkg/version')].join(' ');
}

export function kubernetesComponent(version: string): GoComponent {
  return {
    name: 'k8s',
    module: 'k8s.io/kubernetes',
    version,
    binaries: KUBERNETES_BINARIES.map((file) => ({ pkg: `k8s.io/kubernetes/cmd/${file}`, file })),
    ldflags: kubernetesLdflags(version),
    stagingReplaces: true,
  };
}

/** etcd's server, etcdctl and etcdutl (snapshot restore) are separate modules released together; `version` is like v3.7.0. */
export function etcdComponents(version: string): GoComponent[] {
  const ldflags = `-s -w -X go.etcd.io/etcd/api/v3/version.GitSHA=${version}`;
  return [
    { name: 'etcd', module: 'go.etcd.io/etcd/server/v3', version, binaries: [{ pkg: 'go.etcd.io/etcd/server/v3', file: 'etcd' }], ldflags },
    { name: 'etcdctl', module: 'go.etcd.io/etcd/etcdctl/v3', version, binaries: [{ pkg: 'go.etcd.io/etcd/etcdctl/v3', file: 'etcdctl' }], ldflags },
    { name: 'etcdutl', module: 'go.etcd.io/etcd/etcdutl/v3', version, binaries: [{ pkg: 'go.etcd.io/etcd/etcdutl/v3', file: 'etcdutl' }], ldflags },
  ];
}

export function corednsComponent(version: string): GoComponent {
  return {
    name: 'coredns',
    module: 'github.com/coredns/coredns',
    version,
    binaries: [{ pkg: 'github.com/coredns/coredns', file: 'coredns' }],
    ldflags: `-s -w -X github.com/coredns/coredns/coremain.GitCommit=${version}`,
  };
}

export function flannelComponent(version: string = FLANNEL_VERSION): GoComponent {
  return {
    name: 'flannel',
    module: 'github.com/flannel-io/flannel',
    version,
    binaries: [
      { pkg: 'github.com/flannel-io/flannel', file: 'flanneld' },
      { pkg: 'github.com/flannel-io/flannel/cmd/install_conf', file: 'install-conf' },
    ],
    // The udp backend is written in C; like upstream, link it statically so the image needs no libc.
    ldflags: `-s -w -X github.com/flannel-io/flannel/pkg/version.Version=${version} -extldflags -static`,
    cgo: true,
    // The proxy refuses the Tencent VPC SDK version flannel v0.28.10 asks for; v1.3.75 (the one v0.28.4 used)
    // is served and has the same API. Only flannel's tencentvpc backend uses it.
    extraReplaces: [
      {
        from: 'github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc',
        to: 'github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc',
        toVersion: 'v1.3.75',
      },
    ],
  };
}

export function flannelCniPluginComponent(version: string = FLANNEL_CNI_PLUGIN_VERSION): GoComponent {
  return {
    name: 'cni-plugins',
    module: 'github.com/containernetworking/plugins',
    version,
    binaries: [{ pkg: 'github.com/containernetworking/plugins/plugins/meta/flannel', file: 'flannel' }],
    ldflags: `-s -w -X github.com/containernetworking/plugins/pkg/utils/buildversion.BuildVersion=${version}`,
  };
}

/** "3.7.0-0" (the etcd image tag kubeadm pins) is etcd v3.7.0. */
export function etcdVersionFromImageTag(tag: string): string {
  const match = /^(\d+\.\d+\.\d+)(?:-\d+)?$/.exec(tag);
  if (!match) throw new Error(`unexpected etcd image tag: ${tag}`);
  return `v${match[1]}`;
}

/** What e2e_test.go of k8s.io/kubernetes/test/e2e imports (v1.37.2), for `go mod tidy` (see GoComponent.tests). */
const E2E_TEST_IMPORTS = [
  'github.com/onsi/ginkgo/v2',
  'go.yaml.in/yaml/v2',
  'k8s.io/component-base/version',
  'k8s.io/klog/v2',
  'k8s.io/kubernetes/test/conformance/testdata',
  'k8s.io/kubernetes/test/e2e/framework',
  'k8s.io/kubernetes/test/e2e/framework/config',
  'k8s.io/kubernetes/test/e2e/framework/testfiles',
  'k8s.io/kubernetes/test/e2e/testing-manifests',
  'k8s.io/kubernetes/test/fixtures',
  'k8s.io/kubernetes/test/e2e/feature',
  ...['apimachinery', 'apps', 'architecture', 'auth', 'autoscaling', 'common', 'dra', 'instrumentation', 'invariants', 'invariants/logcheck']
    .map((p) => `k8s.io/kubernetes/test/e2e/${p}`),
  ...['kubectl', 'network', 'node', 'scheduling', 'storage', 'storage/csimock', 'storage/external', 'windows'].map((p) => `k8s.io/kubernetes/test/e2e/${p}`),
  ...['framework/debug/init', 'framework/metrics/init', 'framework/node/init'].map((p) => `k8s.io/kubernetes/test/e2e/${p}`),
  'k8s.io/kubernetes/test/utils/ktesting/format',
];

/**
 * The conformance suite of a release: e2e.test (the test/e2e package's test binary, as upstream's
 * `make WHAT=test/e2e/e2e.test` builds it) and the ginkgo CLI at the version the release's go.mod requires.
 */
export function conformanceComponent(version: string): GoComponent {
  return {
    name: 'k8s-conformance',
    module: 'k8s.io/kubernetes',
    version,
    binaries: [{ pkg: 'github.com/onsi/ginkgo/v2/ginkgo', file: 'ginkgo' }],
    tests: [{ pkg: 'k8s.io/kubernetes/test/e2e', file: 'e2e.test', imports: E2E_TEST_IMPORTS }],
    ldflags: kubernetesLdflags(version),
    stagingReplaces: true,
  };
}
