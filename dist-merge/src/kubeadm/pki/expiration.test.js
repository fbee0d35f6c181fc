import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalHost } from '../../transport/local.js';
import { ensureKubeconfigs } from '../kubeconfig/kubeconfig.js';
import { HOUR_MS, pkiDefaults } from './certlist.js';
import { certificateExpirationInfo, expirationFilePaths, formatCertificateExpiration, formatExpirationDate, humanDuration, readExpirationFiles, residualSeconds, } from './expiration.js';
import { ensurePki } from './pki.js';
// What `kubeadm certs check-expiration` v1.37.2 printed (certificates from `kubeadm init phase certs all`, no
// kubeconfig files; then nothing at all).
const KUBEADM_CERTS_ONLY = `CERTIFICATE                         EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED
!MISSING! admin.conf                                                                                 
apiserver                           Nov 24, 2027 20:36 UTC   364d            ca                      no      
apiserver-etcd-client               Nov 24, 2027 20:36 UTC   364d            etcd-ca                 no      
apiserver-kubelet-client            Nov 24, 2027 20:36 UTC   364d            ca                      no      
!MISSING! controller-manager.conf                                                                    
etcd-healthcheck-client             Nov 24, 2027 20:36 UTC   364d            etcd-ca                 no      
etcd-peer                           Nov 24, 2027 20:36 UTC   364d            etcd-ca                 no      
etcd-server                         Nov 24, 2027 20:36 UTC   364d            etcd-ca                 no      
front-proxy-client                  Nov 24, 2027 20:36 UTC   364d            front-proxy-ca          no      
!MISSING! scheduler.conf                                                                             
!MISSING! super-admin.conf                                                                           

CERTIFICATE AUTHORITY   EXPIRES                  RESIDUAL TIME   EXTERNALLY MANAGED
ca                      Nov 21, 2036 20:36 UTC   9y              no      
etcd-ca                 Nov 21, 2036 20:36 UTC   9y              no      
front-proxy-ca          Nov 21, 2036 20:36 UTC   9y              no      
`;
const KUBEADM_NOTHING = `CERTIFICATE                          EXPIRES   RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED
!MISSING! admin.conf                                                                   
!MISSING! apiserver                                                                    
!MISSING! apiserver-etcd-client                                                        
!MISSING! apiserver-kubelet-client                                                     
!MISSING! controller-manager.conf                                                      
!MISSING! etcd-healthcheck-client                                                      
!MISSING! etcd-peer                                                                    
!MISSING! etcd-server                                                                  
!MISSING! front-proxy-client                                                           
!MISSING! scheduler.conf                                                               
!MISSING! super-admin.conf                                                             

CERTIFICATE AUTHORITY      EXPIRES   RESIDUAL TIME   EXTERNALLY MANAGED
!MISSING! ca                                         
!MISSING! etcd-ca                                    
!MISSING! front-proxy-ca                             
`;
const ALL_CERTS = [
    'admin.conf',
    'apiserver',
    'apiserver-etcd-client',
    'apiserver-kubelet-client',
    'controller-manager.conf',
    'etcd-healthcheck-client',
    'etcd-peer',
    'etcd-server',
    'front-proxy-client',
    'scheduler.conf',
    'super-admin.conf',
];
test('humanDuration is apimachinery HumanDuration (values from the Go function)', () => {
    const table = [
        [-100, '<invalid>'], [-2, '<invalid>'], [-1, '0s'], [0, '0s'], [1, '1s'], [119, '119s'], [120, '2m'], [121, '2m1s'],
        [599, '9m59s'], [600, '10m'], [659, '10m'], [10799, '179m'], [10800, '3h'], [10860, '3h1m'], [28799, '7h59m'],
        [28800, '8h'], [172799, '47h'], [172800, '2d'], [176400, '2d1h'], [691199, '7d23h'], [691200, '8d'], [694800, '8d'],
        [63071999, '729d'], [63072000, '2y'], [63158400, '2y1d'], [252287999, '7y364d'], [252288000, '8y'], [315359999, '9y'],
        [315360000, '10y'], [9223372036, '292y'],
    ];
    for (const [seconds, want] of table)
        assert.equal(humanDuration(seconds), want, String(seconds));
});
test('residual time is truncated to seconds and saturates like time.Until', () => {
    const now = new Date('2026-01-01T00:00:00.900Z');
    assert.equal(residualSeconds(new Date('2026-01-01T00:00:10Z'), now), 9);
    assert.equal(residualSeconds(new Date('2025-12-31T23:59:59Z'), now), -1);
    assert.equal(residualSeconds(new Date('9999-12-31T23:59:59Z'), now), 9_223_372_036);
});
test('dates use Go layout "Jan 02, 2006 15:04 MST" in UTC', () => {
    assert.equal(formatExpirationDate(new Date('2027-03-05T07:08:59Z')), 'Mar 05, 2027 07:08 UTC');
    assert.equal(formatExpirationDate(new Date('2036-11-21T20:36:00Z')), 'Nov 21, 2036 20:36 UTC');
});
test('the text output is byte-identical to what kubeadm printed', () => {
    const leafDate = new Date('2027-11-24T20:36:40Z');
    const caDate = new Date('2036-11-21T20:36:40Z');
    const leafResidual = 365 * 86_400 - 30; // 364d
    const caResidual = 3650 * 86_400 - 30; // 9y
    const present = (name, caName) => ({
        name,
        missing: false,
        expirationDate: caName ? leafDate : caDate,
        residualTimeSeconds: caName ? leafResidual : caResidual,
        caName,
        externallyManaged: false,
    });
    const signer = { apiserver: 'ca', 'apiserver-kubelet-client': 'ca', 'front-proxy-client': 'front-proxy-ca' };
    const info = {
        certificates: ALL_CERTS.map((name) => (name.endsWith('.conf') ? { name, missing: true } : present(name, signer[name] ?? 'etcd-ca'))),
        certificateAuthorities: ['ca', 'etcd-ca', 'front-proxy-ca'].map((name) => present(name, '')),
    };
    assert.equal(formatCertificateExpiration(info), KUBEADM_CERTS_ONLY);
    const nothing = {
        certificates: ALL_CERTS.map((name) => ({ name, missing: true })),
        certificateAuthorities: ['ca', 'etcd-ca', 'front-proxy-ca'].map((name) => ({ name, missing: true })),
    };
    assert.equal(formatCertificateExpiration(nothing), KUBEADM_NOTHING);
});
// One PKI and kubeconfig set for the data tests.
const root = await mkdtemp(join(tmpdir(), 'kubeha-expiration-'));
after(() => rm(root, { recursive: true, force: true }));
const created = new Date('2026-03-01T12:00:00Z');
const pkiInputs = (dir, over = {}) => ({
    ...pkiDefaults,
    nodeName: 'cp1',
    advertiseAddress: '10.250.7.11',
    certSANs: [],
    etcdServerSANs: [],
    etcdPeerSANs: [],
    externalEtcd: false,
    encryptionAlgorithm: 'ECDSA-P256',
    certificatesDir: dir,
    ...over,
});
const options = { certificatesDir: join(root, 'pki'), kubernetesDir: join(root, 'k8s'), externalEtcd: false };
const ready = (async () => {
    await ensurePki(new LocalHost(), pkiInputs(options.certificatesDir), { now: created });
    await ensureKubeconfigs(new LocalHost(), {
        nodeName: 'cp1',
        advertiseAddress: '10.250.7.11',
        bindPort: 6443,
        clusterName: 'kubernetes',
        encryptionAlgorithm: 'ECDSA-P256',
        certificateValidityPeriod: pkiDefaults.certificateValidityPeriod,
        certificatesDir: options.certificatesDir,
        kubeconfigDir: options.kubernetesDir,
    }, { now: created });
    await ensurePki(new LocalHost(), pkiInputs(join(root, 'other')), { now: created });
    return readExpirationFiles(new LocalHost(), options);
})();
const now = new Date(created.getTime() + 24 * HOUR_MS + 500);
const pki = (name) => join(options.certificatesDir, name);
const without = (files, ...paths) => new Map([...files].filter(([p]) => !paths.includes(p)));
test('every certificate of the PKI and the four kubeconfig files, sorted by name, with their CA', async () => {
    const files = await ready;
    assert.ok(expirationFilePaths(options).includes(join(options.kubernetesDir, 'super-admin.conf')));
    assert.ok(!expirationFilePaths(options).includes(join(options.kubernetesDir, 'kubelet.conf')));
    const info = certificateExpirationInfo(files, options, now);
    const leafEnd = new Date(created.getTime() + pkiDefaults.certificateValidityPeriod);
    const caEnd = new Date(created.getTime() + pkiDefaults.caCertificateValidityPeriod);
    assert.deepEqual(info.certificates.map((c) => (c.missing ? [c.name] : [c.name, c.caName, c.externallyManaged, c.expirationDate.toISOString(), c.residualTimeSeconds])), ALL_CERTS.map((name) => [
        name,
        name.endsWith('.conf') || name.startsWith('apiserver-k') || name === 'apiserver' ? 'ca' : name.startsWith('front') ? 'front-proxy-ca' : 'etcd-ca',
        false,
        leafEnd.toISOString(),
        (leafEnd.getTime() - now.getTime() - 500) / 1000,
    ]));
    assert.deepEqual(info.certificateAuthorities.map((c) => (c.missing ? [c.name] : [c.name, c.caName, c.externallyManaged, c.expirationDate.toISOString()])), ['ca', 'etcd-ca', 'front-proxy-ca'].map((name) => [name, '', false, caEnd.toISOString()]));
    const text = formatCertificateExpiration(info);
    assert.match(text, /^admin\.conf {17}Mar 01, 2027 12:00 UTC {3}363d {12}ca {22}no {6}$/m); // a day and a half second later
    assert.match(text, /^ca {22}Feb 27, 2036 12:00 UTC {3}9y {14}no {6}$/m);
});
test('missing files are !MISSING! rows; external etcd drops the etcd rows', async () => {
    const files = await ready;
    const kubeconfigs = ['admin.conf', 'super-admin.conf', 'controller-manager.conf', 'scheduler.conf'].map((f) => join(options.kubernetesDir, f));
    const info = certificateExpirationInfo(without(files, pki('etcd/peer.crt'), ...kubeconfigs), options, now);
    assert.deepEqual(info.certificates.filter((c) => c.missing).map((c) => c.name), ['admin.conf', 'controller-manager.conf', 'etcd-peer', 'scheduler.conf', 'super-admin.conf']);
    const external = certificateExpirationInfo(files, { ...options, externalEtcd: true }, now);
    assert.deepEqual(external.certificates.map((c) => c.name), ['admin.conf', 'apiserver', 'apiserver-kubelet-client', 'controller-manager.conf', 'front-proxy-client', 'scheduler.conf', 'super-admin.conf']);
    assert.deepEqual(external.certificateAuthorities.map((c) => c.name), ['ca', 'front-proxy-ca']);
});
test('a CA without its key is externally managed, if the certificates it must sign are there', async () => {
    const files = await ready;
    const info = certificateExpirationInfo(without(files, pki('ca.key')), options, now);
    const external = (c) => !c.missing && c.externallyManaged;
    assert.deepEqual(info.certificates.filter(external).map((c) => c.name), ['admin.conf', 'apiserver', 'apiserver-kubelet-client', 'controller-manager.conf', 'scheduler.conf', 'super-admin.conf']);
    assert.deepEqual(info.certificateAuthorities.filter(external).map((c) => c.name), ['ca']);
    assert.throws(() => certificateExpirationInfo(without(files, pki('ca.key'), pki('apiserver.key')), options, now), /Error checking external CA condition for ca certificate authority: failure loading key for apiserver: /);
    // front-proxy-client.crt of another PKI: fine with the CA key (kubeadm checks nothing), refused without.
    const foreign = new Map(files).set(pki('front-proxy-client.crt'), await readFile(join(root, 'other', 'front-proxy-client.crt')));
    assert.throws(() => certificateExpirationInfo(without(foreign, pki('front-proxy-ca.key')), options, now), /certificate front-proxy client is not signed by corresponding CA/);
    assert.equal(certificateExpirationInfo(foreign, options, now).certificates.length, ALL_CERTS.length);
});
test('kubeadm fails on a present certificate whose CA or kubeconfig is unusable', async () => {
    const files = await ready;
    assert.throws(() => certificateExpirationInfo(without(files, pki('ca.crt')), options, now), /failure loading certificate for CA: couldn't load the certificate file .*ca\.crt/);
    const admin = join(options.kubernetesDir, 'admin.conf');
    const broken = new Map(files).set(admin, Buffer.from(files.get(admin).toString().replace(/^current-context: .*$/m, 'current-context: nope')));
    assert.throws(() => certificateExpirationInfo(broken, options, now), /invalid kubeConfig file .*admin\.conf: missing context nope/);
    const garbage = new Map(files).set(pki('apiserver.crt'), Buffer.from('not a certificate'));
    assert.throws(() => certificateExpirationInfo(garbage, options, now), /failed to load existing certificate apiserver/);
});
test('expired certificates show <invalid>', async () => {
    const files = await ready;
    const later = new Date(created.getTime() + pkiDefaults.certificateValidityPeriod + 2000);
    const text = formatCertificateExpiration(certificateExpirationInfo(files, options, later));
    assert.match(text, /^apiserver {18}Mar 01, 2027 12:00 UTC {3}<invalid> {7}ca {22}no {6}$/m);
});
//# sourceMappingURL=expiration.test.js.map