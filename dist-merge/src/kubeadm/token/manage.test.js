import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError, KubehaError } from '../../errors.js';
import { createBootstrapToken, deleteBootstrapToken, listBootstrapTokens } from './manage.js';
import { initConfigFromFlags } from '../config/from-flags.js';
import { loadKubeadmConfig } from '../config/load.js';
import { nodeSettingsFromConfig } from '../node-settings.js';
function fakeApi() {
    const objects = new Map();
    return {
        objects,
        apply: async (o) => (objects.set(o.metadata.name, o), o),
        create: async (o) => {
            if (objects.has(o.metadata.name))
                throw new Error('already exists');
            objects.set(o.metadata.name, o);
            return o;
        },
        get: async (ref) => objects.get(ref.name),
        list: async () => [...objects.values()],
        delete: async (ref) => objects.delete(ref.name),
    };
}
test('token create/list/delete over the narrow API', async () => {
    const api = fakeApi();
    const now = new Date('2026-01-01T00:00:00Z');
    const t = await createBootstrapToken(api, { token: 'abcdef.0123456789abcdef', ttl: '1h0m0s', description: 'd', now });
    assert.equal(t.id, 'abcdef');
    await assert.rejects(createBootstrapToken(api, { token: 'abcdef.0123456789abcdef' }), (e) => e instanceof KubehaError && e.message === 'already exists' && e.context.doing === 'creating bootstrap token "abcdef"');
    await assert.rejects(createBootstrapToken(api, { groups: ['system:nodes'] }), (e) => e instanceof InputError && /groups\[0\]: "system:nodes" must match/.test(e.message));
    await createBootstrapToken(api, { ttl: '0' });
    const list = await listBootstrapTokens(api);
    assert.equal(list.length, 2);
    assert.deepEqual(list[0], {
        token: 'abcdef.0123456789abcdef',
        id: 'abcdef',
        expires: new Date('2026-01-01T01:00:00Z'),
        usages: ['authentication', 'signing'],
        description: 'd',
        groups: ['system:bootstrappers:kubeadm:default-node-token'],
    });
    assert.equal(list[1].expires, undefined);
    assert.equal(await deleteBootstrapToken(api, 'abcdef.0123456789abcdef'), 'abcdef');
    await assert.rejects(deleteBootstrapToken(api, 'abcdef'), /not found/);
});
test('kubeadm init flags go through the v1beta4 loader', () => {
    const text = initConfigFromFlags({ apiserverAdvertiseAddress: '10.0.0.1', apiserverBindPort: '7443', nodeName: 'n1', apiserverCertExtraSans: 'a, b', serviceCidr: '10.1.0.0/16' });
    const s = nodeSettingsFromConfig(loadKubeadmConfig(text), 'flags', 'host');
    assert.equal(s.nodeName, 'n1');
    assert.equal(s.bindPort, 7443);
    assert.deepEqual(s.cluster.apiServer.certSANs, ['a', 'b']);
    assert.equal(s.cluster.networking.serviceSubnet, '10.1.0.0/16');
    assert.throws(() => nodeSettingsFromConfig(loadKubeadmConfig(initConfigFromFlags({})), 'flags'), /advertiseAddress/);
});
//# sourceMappingURL=manage.test.js.map