import { KUBERNETES_BINARIES } from './layout.js';
/** What is built from the Go module proxy, at which versions, and with which version stamps. */
/** Newest flannel release whose dependencies the module proxy serves (with the replace below). */
export const FLANNEL_VERSION = 'v0.28.10';
/**
 * The flannel CNI plugin. Its own repository (flannel-io/cni-plugin) is not served by the module proxy; the
 * same plugin lived in containernetworking/plugins (plugins/meta/flannel) until v0.9.1, its last release there.
 */
export const FLANNEL_CNI_PLUGIN_VERSION = 'v0.9.1';
function kubernetesLdflags(version) {
    const match = /^v(\d+)\.(\d+)\./.exec(version);
    if (!match)
        throw new Error(`not a Kubernetes version: ${version}`);
    const [, major, minor] = match;
    // A fixed build date keeps the binaries reproducible; the version packages are what `--version` prints.
    const stamp = (pkg) => [
        `-X ${pkg}.gitVersion=${version}`,
        `-X ${pkg}.gitMajor=${major}`,
        `-X ${pkg}.gitMinor=${minor}`,
        `-X ${pkg}.gitTreeState=clean`,
        `-X ${pkg}.buildDate=2026-01-01T00:00:00Z`,
    ];
    return ['-s', '-w', ...stamp('k8s.io/component-base/version'), ...stamp('k8s.io/client-go/pkg/version')].join(' ');
}
export function kubernetesComponent(version) {
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
export function etcdComponents(version) {
    const ldflags = `-s -w -X go.etcd.io/etcd/api/v3/version.GitSHA=${version}`;
    return [
        { name: 'etcd', module: 'go.etcd.io/etcd/server/v3', version, binaries: [{ pkg: 'go.etcd.io/etcd/server/v3', file: 'etcd' }], ldflags },
        { name: 'etcdctl', module: 'go.etcd.io/etcd/etcdctl/v3', version, binaries: [{ pkg: 'go.etcd.io/etcd/etcdctl/v3', file: 'etcdctl' }], ldflags },
        { name: 'etcdutl', module: 'go.etcd.io/etcd/etcdutl/v3', version, binaries: [{ pkg: 'go.etcd.io/etcd/etcdutl/v3', file: 'etcdutl' }], ldflags },
    ];
}
export function corednsComponent(version) {
    return {
        name: 'coredns',
        module: 'github.com/coredns/coredns',
        version,
        binaries: [{ pkg: 'github.com/coredns/coredns', file: 'coredns' }],
        ldflags: `-s -w -X github.com/coredns/coredns/coremain.GitCommit=${version}`,
    };
}
export function flannelComponent(version = FLANNEL_VERSION) {
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
export function flannelCniPluginComponent(version = FLANNEL_CNI_PLUGIN_VERSION) {
    return {
        name: 'cni-plugins',
        module: 'github.com/containernetworking/plugins',
        version,
        binaries: [{ pkg: 'github.com/containernetworking/plugins/plugins/meta/flannel', file: 'flannel' }],
        ldflags: `-s -w -X github.com/containernetworking/plugins/pkg/utils/buildversion.BuildVersion=${version}`,
    };
}
/** "3.7.0-0" (the etcd image tag kubeadm pins) is etcd v3.7.0. */
export function etcdVersionFromImageTag(tag) {
    const match = /^(\d+\.\d+\.\d+)(?:-\d+)?$/.exec(tag);
    if (!match)
        throw new Error(`unexpected etcd image tag: ${tag}`);
    return `v${match[1]}`;
}
//# sourceMappingURL=components.js.map