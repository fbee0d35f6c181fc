import { appendFile, chown, lstat, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../util/process.js';
import type { DebianRootfsSpec } from './debian-rootfs.js';
import { unpackRootfs } from './debian-rootfs.js';
import { base } from './images.js';
import type { ImageConfig } from './oci-image.js';
import { addDir, addFile, addSymlink, addText } from './rootfs.js';
import { AGNHOST_PREV_VERSION, AGNHOST_VERSION } from './test-image-components.js';

/**
 * The images the conformance suite of k8s.io/kubernetes v1.37.2 starts pods with, under the exact references
 * of its test/utils/image/manifest.go, rebuilt offline from Debian packages and Go programs of the module proxy.
 * pause and etcd are the release's own images (artifacts/<version>/images), not rebuilt here.
 */

export const E2E_REGISTRY = 'registry.k8s.io/e2e-test-images';

/** The Kubernetes releases whose test images kubeha knows how to build. */
export const TEST_IMAGE_RELEASES = ['v1.37.2'] as const;

/** The Debian root file systems the images start from. */
export type DebianRootName = 'agnhost' | 'nginx' | 'dnsutils';

export const DEBIAN_ROOTS: Readonly<Record<DebianRootName, DebianRootfsSpec>> = {
  // Upstream's `apk add bind-tools curl netcat-openbsd iproute2 iperf bash util-linux-misc socat`, in Debian's names;
  // procps for `ps`/`pkill` (busybox provides them on alpine).
  agnhost: {
    variant: 'minbase',
    packages: ['bash', 'bind9-dnsutils', 'bind9-host', 'curl', 'netcat-openbsd', 'iproute2', 'iperf', 'socat', 'util-linux', 'procps'],
  },
  nginx: { variant: 'minbase', packages: ['nginx-light'] },
  // Upstream: debian:bookworm-slim + `apt-get install dnsutils` (bookworm's dnsutils is bind9-dnsutils).
  dnsutils: { variant: 'minbase', packages: ['bind9-dnsutils'] },
};

/** The Go programs the images carry, by the name the inputs know them. */
export type TestBinary = 'agnhost' | 'agnhost-prev' | 'nnp' | 'sample-apiserver';

export interface TestImageInputs {
  bin: (file: TestBinary) => string;
  /** The static busybox binary (busybox.ts). */
  busybox: string;
  /** The tarball of a Debian root file system. */
  debianRoot: (name: DebianRootName) => string;
  /** The source of k8s.io/kubernetes at the release (Go's module cache): agnhost's certificates, nautilus' files. */
  kubernetesSource: string;
}

export interface TestImageRecipe {
  ref: string;
  config: ImageConfig;
  debianRoots: readonly DebianRootName[];
  binaries: readonly TestBinary[];
  /** How the content differs from the upstream image. */
  substitutions: readonly string[];
  populate: (rootfs: string, inputs: TestImageInputs) => Promise<void>;
}

async function appendLines(rootfs: string, path: string, lines: readonly string[]): Promise<void> {
  await appendFile(join(rootfs, path), lines.map((l) => `${l}\n`).join(''));
}

/** agnhost's root: upstream's agnhost Dockerfile on Debian instead of alpine. */
async function agnhostRoot(rootfs: string, inputs: TestImageInputs, binary: TestBinary): Promise<void> {
  await unpackRootfs(inputs.debianRoot('agnhost'), rootfs);
  await addSymlink(rootfs, '/usr/local/bin/iperf', '/usr/bin/iperf');
  await addDir(rootfs, '/uploads');
  const porter = join(inputs.kubernetesSource, 'test/images/agnhost/porter');
  await addFile(rootfs, join(porter, 'localhost.crt'), '/localhost.crt', 0o644);
  await addFile(rootfs, join(porter, 'localhost.key'), '/localhost.key', 0o644);
  await addFile(rootfs, inputs.bin(binary), '/agnhost');
  await addSymlink(rootfs, '/agnhost-2', 'agnhost');
  // alpine's `adduser -D user-defined-in-image` (own group, uid/gid 1000) and `addgroup -g 50000 group-defined-in-image`.
  await appendLines(rootfs, '/etc/passwd', ['user-defined-in-image:x:1000:1000:Linux User,,,:/home/user-defined-in-image:/bin/sh']);
  await appendLines(rootfs, '/etc/shadow', ['user-defined-in-image:!:20000:0:99999:7:::']);
  await appendLines(rootfs, '/etc/group', ['user-defined-in-image:x:1000:', 'group-defined-in-image:x:50000:user-defined-in-image']);
  await appendLines(rootfs, '/etc/gshadow', ['user-defined-in-image:!::', 'group-defined-in-image:!::user-defined-in-image']);
  await addDir(rootfs, '/home/user-defined-in-image', 0o755);
  await chown(join(rootfs, 'home/user-defined-in-image'), 1000, 1000);
}

// The docker library busybox image's (buildroot's) users and groups.
const BUSYBOX_PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'daemon:x:1:1:daemon:/usr/sbin:/bin/false',
  'bin:x:2:2:bin:/bin:/bin/false',
  'sys:x:3:3:sys:/dev:/bin/false',
  'sync:x:4:100:sync:/bin:/bin/sync',
  'mail:x:8:8:mail:/var/spool/mail:/bin/false',
  'www-data:x:33:33:www-data:/var/www:/bin/false',
  'operator:x:37:37:Operator:/var:/bin/false',
  'nobody:x:65534:65534:nobody:/home:/bin/false',
];
const BUSYBOX_GROUP = [
  'root:x:0:', 'daemon:x:1:', 'bin:x:2:', 'sys:x:3:', 'adm:x:4:', 'tty:x:5:', 'disk:x:6:', 'lp:x:7:', 'mail:x:8:',
  'kmem:x:9:', 'wheel:x:10:root', 'cdrom:x:11:', 'dialout:x:18:', 'floppy:x:19:', 'video:x:28:', 'audio:x:29:',
  'tape:x:32:', 'www-data:x:33:', 'operator:x:37:', 'utmp:x:43:', 'plugdev:x:46:', 'staff:x:50:', 'lock:x:54:',
  'netdev:x:82:', 'users:x:100:', 'nogroup:x:65534:',
];

/** The applets a busybox binary lists, one a line. */
export function parseApplets(list: string): string[] {
  return list.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l !== 'busybox' && !l.includes('/'));
}

/** Like the library image: every applet a link in /bin (specs call /bin/sysctl, /bin/true...), CMD sh. */
async function busyboxRoot(rootfs: string, inputs: TestImageInputs): Promise<void> {
  await addFile(rootfs, inputs.busybox, '/bin/busybox');
  // The image's own static binary, run here only to list its applets.
  const applets = parseApplets((await run([inputs.busybox, '--list'], { doing: 'listing the busybox applets' })).stdout);
  for (const applet of applets) await addSymlink(rootfs, `/bin/${applet}`, 'busybox');
  await addText(rootfs, '/etc/passwd', `${BUSYBOX_PASSWD.join('\n')}\n`);
  await addText(rootfs, '/etc/group', `${BUSYBOX_GROUP.join('\n')}\n`);
  await addDir(rootfs, '/tmp', 0o1777);
  await addDir(rootfs, '/root', 0o700);
  for (const dir of ['/home', '/usr/sbin', '/var/www', '/var/spool/mail', '/etc', '/dev', '/proc', '/sys']) await addDir(rootfs, dir);
}

// The nginx image's defaults (logs to the container's output, content in /usr/share/nginx/html), on port 80 only:
// the image's entrypoint adds [::]:80 only where IPv6 exists.
const NGINX_CONF = `user www-data;
worker_processes auto;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log notice;

events {
    worker_connections 1024;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log /var/log/nginx/access.log;
    sendfile on;
    keepalive_timeout 65;

    server {
        listen 80;
        server_name localhost;
        location / {
            root /usr/share/nginx/html;
            index index.html index.htm;
        }
    }
}
`;

async function nginxRoot(rootfs: string, inputs: TestImageInputs): Promise<void> {
  await unpackRootfs(inputs.debianRoot('nginx'), rootfs);
  await addText(rootfs, '/etc/nginx/nginx.conf', NGINX_CONF);
  for (const [log, target] of [['access.log', '/dev/stdout'], ['error.log', '/dev/stderr']] as const) {
    const path = join(rootfs, 'var/log/nginx', log);
    if (await lstat(path).then(() => true, () => false)) await rm(path);
    await addSymlink(rootfs, `/var/log/nginx/${log}`, target);
  }
}

const e2e = (name: string, tag: string): string => `${E2E_REGISTRY}/${name}:${tag}`;

const AGNHOST_SUBSTITUTIONS = [
  'Debian bookworm (glibc) userland instead of alpine (musl): the DNS specs\' "musl" prober runs glibc\'s getent and dig',
  'no /coredns (upstream ships coredns 1.6.2 there; no conformance spec runs it)',
  'no /var/registry (fake registry content, copied from remote images upstream; no conformance spec uses it)',
];

/** The recipes of the release in TEST_IMAGE_RELEASES, in manifest.go's order. */
export function testImageRecipes(): TestImageRecipe[] {
  const agnhostConfig: ImageConfig = { entrypoint: ['/agnhost'], cmd: ['pause'] };
  return [
    {
      ref: e2e('agnhost', AGNHOST_PREV_VERSION),
      config: agnhostConfig,
      debianRoots: ['agnhost'],
      binaries: ['agnhost-prev'],
      substitutions: [
        `agnhost built from k8s.io/kubernetes v1.37.2's source (${AGNHOST_VERSION}) stamped ${AGNHOST_PREV_VERSION}, not the ${AGNHOST_PREV_VERSION} source`,
        ...AGNHOST_SUBSTITUTIONS,
      ],
      populate: (rootfs, inputs) => agnhostRoot(rootfs, inputs, 'agnhost-prev'),
    },
    {
      ref: e2e('agnhost', AGNHOST_VERSION),
      config: agnhostConfig,
      debianRoots: ['agnhost'],
      binaries: ['agnhost'],
      substitutions: AGNHOST_SUBSTITUTIONS,
      populate: (rootfs, inputs) => agnhostRoot(rootfs, inputs, 'agnhost'),
    },
    {
      ref: e2e('sample-apiserver', '1.29.2'),
      config: { entrypoint: ['/sample-apiserver'] },
      debianRoots: [],
      binaries: ['sample-apiserver'],
      substitutions: ['k8s.io/sample-apiserver v0.29.15 (the v0.29 branch\'s last tag; the exact tag of 1.29.2 is not recorded)', 'no alpine userland (a static binary on an empty root)'],
      populate: async (rootfs, inputs) => {
        await base(rootfs);
        await addFile(rootfs, inputs.bin('sample-apiserver'), '/sample-apiserver');
      },
    },
    {
      ref: e2e('busybox', '1.37.0-2'),
      config: { cmd: ['sh'] },
      debianRoots: [],
      binaries: [],
      substitutions: [
        'busybox 1.37.0 built from source (defconfig and the library builder\'s edits) but linked statically: no glibc libraries in /lib; applets are symbolic links, not hard links',
      ],
      populate: (rootfs, inputs) => busyboxRoot(rootfs, inputs),
    },
    {
      ref: e2e('glibc-dns-testing', '2.1.1'),
      config: { cmd: ['bash'] },
      debianRoots: ['dnsutils'],
      binaries: [],
      substitutions: ['bookworm minbase instead of bookworm-slim', 'no /coredns (upstream ships coredns 1.5.0 there; no conformance spec runs it)'],
      populate: (rootfs, inputs) => unpackRootfs(inputs.debianRoot('dnsutils'), rootfs),
    },
    {
      ref: e2e('nautilus', '1.8'),
      config: { entrypoint: ['/agnhost'], cmd: ['test-webserver'] },
      debianRoots: ['agnhost'],
      binaries: ['agnhost'],
      substitutions: [`on this agnhost ${AGNHOST_VERSION} (upstream 1.8 sits on an older agnhost); html from k8s.io/kubernetes v1.37.2 (nautilus 1.9.0 there)`],
      populate: async (rootfs, inputs) => {
        await agnhostRoot(rootfs, inputs, 'agnhost');
        const html = join(inputs.kubernetesSource, 'test/images/nautilus/html');
        await addFile(rootfs, join(html, 'nautilus.jpg'), '/nautilus.jpg', 0o644);
        await addFile(rootfs, join(html, 'data.json'), '/data.json', 0o644);
      },
    },
    {
      ref: e2e('nginx', '1.27.0-2'),
      config: { cmd: ['nginx', '-g', 'daemon off;'], stopSignal: 'SIGQUIT' },
      debianRoots: ['nginx'],
      binaries: [],
      substitutions: ['nginx 1.22.1 (Debian bookworm nginx-light) instead of 1.27 on alpine; no /docker-entrypoint.sh, listens on port 80 (IPv4) only'],
      populate: (rootfs, inputs) => nginxRoot(rootfs, inputs),
    },
    {
      ref: e2e('nonewprivs', '1.4'),
      config: { cmd: ['nnp'] },
      debianRoots: [],
      binaries: ['nnp'],
      substitutions: ['on the busybox image above instead of alpine 3.22'],
      populate: async (rootfs, inputs) => {
        await busyboxRoot(rootfs, inputs);
        await addFile(rootfs, inputs.bin('nnp'), '/usr/local/bin/nnp', 0o4755);
      },
    },
  ];
}
