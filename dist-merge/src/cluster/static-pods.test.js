import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containerFilter, runningTaskIds } from './static-pods.js';
test("ctr's task list: only running tasks count", () => {
    const out = 'TASK    PID     STATUS    \nabc     1583    RUNNING\ndef     0       STOPPED\n\n';
    assert.deepEqual([...runningTaskIds(out)], ['abc']);
});
test("the kubelet's container of a kube-system component, by containerd labels", () => {
    assert.equal(containerFilter('etcd'), 'labels."io.kubernetes.container.name"==etcd,labels."io.kubernetes.pod.namespace"==kube-system');
});
//# sourceMappingURL=static-pods.test.js.map