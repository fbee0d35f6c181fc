import { test } from 'node:test';
import assert from 'node:assert/strict';
import { haproxyConfig } from './haproxy-config.js';
import { parseServersState } from './admin-socket.js';
import { keepalivedConfig } from './keepalived-config.js';
test('haproxy config lists every backend with a health check', () => {
    const cfg = haproxyConfig({
        bind: { address: '*', port: 6443 },
        backends: [
            { name: 'cp1', address: '10.250.7.11', port: 6443 },
            { name: 'cp2', address: 'fd00::2', port: 6443 },
        ],
        adminSocket: '/run/haproxy/admin.sock',
        pidFile: '/run/haproxy.pid',
    });
    assert.match(cfg, /bind \*:6443/);
    assert.match(cfg, /server cp1 10\.250\.7\.11:6443 check check-ssl verify none/);
    assert.match(cfg, /server cp2 \[fd00::2\]:6443 check/);
    assert.match(cfg, /option redispatch/);
    assert.match(cfg, /http-check send meth GET uri \/readyz/);
    assert.match(cfg, /http-check expect status 200/);
});
test('servers state parsing', () => {
    const text = '1\n# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state\n3 kube-apiserver 1 cp1 10.250.7.11 2 0 1 1 2 1 0 2 0 0 0 0 - 6443 -\n3 kube-apiserver 2 cp2 10.250.7.12 0 8 1 1 2 1 0 2 0 0 0 0 - 6443 -\n';
    const s = parseServersState(text);
    assert.deepEqual(s.get('cp1'), { up: true, address: '10.250.7.11', drained: false, maintenance: false });
    assert.deepEqual(s.get('cp2'), { up: false, address: '10.250.7.12', drained: true, maintenance: false });
});
test('keepalived refuses check arguments it could not quote', () => {
    assert.throws(() => keepalivedConfig({ routerId: 51, interface: 'eth0', virtualIP: '10.250.7.100', prefixLength: 24, priority: 101, checkArgv: ['sh', '-c', 'nc -z x'] }), /^Error: check arguments must not contain spaces or quotes$/);
    assert.match(keepalivedConfig({ routerId: 51, interface: 'eth0', virtualIP: '10.250.7.100', prefixLength: 24, priority: 101, checkArgv: ['/usr/bin/nc', '-z', '127.0.0.1', '6443'] }), /10\.250\.7\.100\/24 dev eth0/);
});
//# sourceMappingURL=config.test.js.map