import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderStatus } from '../cli/render-status.js';
import { parseEtcdJson } from './status.js';
test('etcd ids (64-bit, numbers in etcdctl JSON) are kept exactly, as hex', () => {
    const text = '[{"Endpoint":"https://10.250.7.11:2379","Status":{"header":{"cluster_id":17237436991929493444,"member_id":10276657743932975437},"leader":10276657743932975437,"dbSize":20480}}]';
    const [s] = parseEtcdJson(text);
    assert.equal(s.Status.header.member_id, (10276657743932975437n).toString(16));
    assert.equal(s.Status.leader, s.Status.header.member_id);
    assert.equal(s.Status.dbSize, 20480);
});
test('the status text names every problem with its host and since when', () => {
    const s = {
        cluster: 'demo',
        at: '2026-12-01T00:00:00.000Z',
        healthy: false,
        hosts: [{ name: 'cp1', role: 'control-plane', address: '10.250.7.11', reachable: false, error: 'connect ECONNREFUSED' }],
        etcd: [{ member: 'cp2', host: 'cp2', voter: true, leader: true, healthy: true, dbSizeBytes: 2 * 1024 * 1024 }],
        apiservers: [],
        endpoints: [{ via: 'lb1', readyz: 'ok' }],
        loadBalancers: [{ host: 'lb1', backends: [{ name: 'cp1', up: false }, { name: 'cp2', up: true }] }],
        nodes: [{ name: 'cp1', ready: false, since: '2026-11-30T23:59:00Z' }],
        pods: [],
        certificates: [],
        problems: [
            { host: 'cp1', what: 'unreachable: connect ECONNREFUSED' },
            { host: 'cp1', what: 'node not Ready', since: '2026-11-30T23:59:00Z' },
        ],
    };
    const text = renderStatus(s);
    assert.match(text, /^cluster demo at .*: 2 problem\(s\)$/m);
    assert.match(text, /cp1 +control-plane +10\.250\.7\.11 +UNREACHABLE/);
    assert.match(text, /lb1: cp1 DOWN, cp2 UP/);
    assert.match(text, /cp2 +cp2 +voter leader healthy db 2\.0 MiB/);
    assert.match(text, /^ {2}cp1: node not Ready \(since 2026-11-30T23:59:00Z\)$/m);
});
//# sourceMappingURL=status.test.js.map