import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { flannelManifest } from './flannel.js';
test("flannel's network is the cluster's pod CIDR and images never pull", () => {
    const docs = parseAllDocuments(flannelManifest({ podSubnet: '10.244.0.0/16', image: 'ghcr.io/flannel-io/flannel:v0.28.10', cniPluginImage: 'ghcr.io/flannel-io/flannel-cni-plugin:v1' })).map((d) => d.toJS());
    const cm = docs.find((d) => d.kind === 'ConfigMap');
    assert.equal(JSON.parse(cm.data['net-conf.json']).Network, '10.244.0.0/16');
    const ds = docs.find((d) => d.kind === 'DaemonSet');
    const containers = [...ds.spec.template.spec.initContainers, ...ds.spec.template.spec.containers];
    assert.ok(containers.every((c) => c.imagePullPolicy === 'Never'));
});
//# sourceMappingURL=flannel.test.js.map