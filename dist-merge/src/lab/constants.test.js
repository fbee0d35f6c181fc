import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.js';
import { allocateAddresses, plannedHosts, validateSpec, vethNames } from './constants.js';
test('hosts are named lb1…, cp1…, etcd1…, w1… in that order', () => {
    const names = plannedHosts({ name: 'x', loadBalancers: 1, controlPlanes: 2, etcd: 1, workers: 2 }).map((h) => h.name);
    assert.deepEqual(names, ['lb1', 'cp1', 'cp2', 'etcd1', 'w1', 'w2']);
});
test('addresses start at .10 and skip the ones other labs hold', () => {
    assert.deepEqual(allocateAddresses(3, new Set(['10.250.7.11'])), ['10.250.7.10', '10.250.7.12', '10.250.7.13']);
    assert.throws(() => allocateAddresses(300, new Set()), InputError);
});
test('spec validation gathers every problem', () => {
    assert.throws(() => validateSpec({ name: 'Bad_Name', loadBalancers: -1, controlPlanes: 1.5, etcd: 0, workers: 0 }), (err) => err instanceof InputError && err.context.issues?.length === 3);
    assert.throws(() => validateSpec({ name: 'empty', loadBalancers: 0, controlPlanes: 0, etcd: 0, workers: 0 }), InputError);
});
test('veth names fit in 15 bytes', () => {
    const v = vethNames('10.250.7.254');
    assert.ok(v.outside.length <= 15 && v.inside.length <= 15);
});
test('sudo and jump hosts must be hosts of the lab, and a jump host is reached directly', () => {
    const spec = { name: 'x', loadBalancers: 1, controlPlanes: 1, etcd: 0, workers: 2 };
    validateSpec({ ...spec, sudoHosts: ['cp1'], jumpHosts: { w1: 'lb1', w2: 'lb1' } });
    assert.throws(() => validateSpec({ ...spec, sudoHosts: ['cp9'], jumpHosts: { w1: 'lb9', w3: 'lb1', w2: 'w1', lb1: 'lb1' } }), (err) => err instanceof InputError && err.context.issues?.map((i) => i.path).join(' | ') === 'sudoHosts cp9 | jumpHosts w1=lb9 | jumpHosts w3=lb1 | jumpHosts w2=w1 | jumpHosts lb1=lb1');
});
//# sourceMappingURL=constants.test.js.map