import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { KubehaError } from '../errors.js';
import type { ImageConfig } from './oci-image.js';
import { splitRef } from './oci-image.js';
import { addDir, addFile, addModuleDir, addSymlink, addText, addWithLibraries } from './rootfs.js';

/** What goes into each image: built binaries plus, where a component shells out, Debian's userland. */

export interface ImageRecipe {
  ref: string;
  config: ImageConfig;
  populate: (rootfs: string) => Promise<void>;
  /** The built binaries it contains: an archive made before one of them was (re)built is made again. */
  binaries?: readonly string[];
}

export interface ImageInputs {
  /** Built binaries by file name (kube-apiserver, etcd, coredns, flanneld, install-conf, ...). */
  bin: (file: string) => string;
  /** The flannel CNI plugin binary. */
  cniFlannel: string;
  /** The static pause program. */
  pause: string;
}

export const FLANNEL_IMAGE = 'ghcr.io/flannel-io/flannel';
export const FLANNEL_CNI_PLUGIN_IMAGE = 'ghcr.io/flannel-io/flannel-cni-plugin';

const XTABLES_NFT = '/usr/sbin/xtables-nft-multi';
const XTABLES_LEGACY = '/usr/sbin/xtables-legacy-multi';
const XTABLES_MODULES = '/usr/lib/x86_64-linux-gnu/xtables';
const BUSYBOX = '/bin/busybox';
const BUSYBOX_APPLETS = ['sh', 'cp', 'mv', 'rm', 'ls', 'cat', 'mkdir', 'ln', 'chmod', 'echo', 'sleep', 'test'];

async function present(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/** The smallest root a static program needs: /tmp, /run, root and nobody, files-then-DNS name lookup. */
export async function base(rootfs: string): Promise<void> {
  await addDir(rootfs, '/tmp', 0o1777);
  await addDir(rootfs, '/run');
  await addDir(rootfs, '/var/run');
  await addText(rootfs, '/etc/passwd', 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n');
  await addText(rootfs, '/etc/group', 'root:x:0:\nnogroup:x:65534:\n');
  await addText(rootfs, '/etc/nsswitch.conf', 'hosts: files dns\n');
}

/** busybox-static for sh and cp (flannel's init containers run `cp`). */
async function shell(rootfs: string): Promise<void> {
  await addFile(rootfs, BUSYBOX, '/bin/busybox');
  for (const applet of BUSYBOX_APPLETS) await addSymlink(rootfs, `/bin/${applet}`, 'busybox');
}

/**
 * iptables and ip6tables in both the nft and the legacy flavour (plain names use nft, like the Debian host),
 * their extensions, conntrack, and ipset and nft when the host has them.
 */
async function netfilter(rootfs: string): Promise<void> {
  for (const tool of [XTABLES_NFT, XTABLES_LEGACY, '/usr/sbin/conntrack']) {
    if (!(await present(tool))) {
      throw new KubehaError(`${tool} is missing on this machine`, { doing: 'collecting iptables for the images' });
    }
    await addWithLibraries(rootfs, tool);
  }
  await addModuleDir(rootfs, XTABLES_MODULES);
  for (const family of ['iptables', 'ip6tables']) {
    for (const suffix of ['', '-save', '-restore']) {
      await addSymlink(rootfs, `/usr/sbin/${family}${suffix}`, 'xtables-nft-multi');
      await addSymlink(rootfs, `/usr/sbin/${family}-nft${suffix}`, 'xtables-nft-multi');
      await addSymlink(rootfs, `/usr/sbin/${family}-legacy${suffix}`, 'xtables-legacy-multi');
    }
  }
  for (const optional of ['/usr/sbin/ipset', '/usr/sbin/nft']) {
    if (await present(optional)) await addWithLibraries(rootfs, optional);
  }
  for (const file of ['/etc/protocols', '/etc/services', '/etc/ethertypes']) {
    if (await present(file)) await addFile(rootfs, file, file, 0o644);
  }
}

function controlPlane(ref: string, binary: string, inputs: ImageInputs): ImageRecipe {
  return {
    ref,
    config: { entrypoint: [`/usr/local/bin/${binary}`] },
    binaries: [binary],
    populate: async (rootfs) => {
      await base(rootfs);
      await addFile(rootfs, inputs.bin(binary), `/usr/local/bin/${binary}`);
    },
  };
}

/** The recipe for one image kubeadm asks for, by its repository name. */
export function kubeadmImageRecipe(ref: string, inputs: ImageInputs): ImageRecipe {
  const repository = splitRef(ref).name.split('/').pop() ?? '';
  switch (repository) {
    case 'kube-apiserver':
    case 'kube-controller-manager':
    case 'kube-scheduler':
      return controlPlane(ref, repository, inputs);
    case 'kube-proxy':
      return {
        ref,
        config: { entrypoint: ['/usr/local/bin/kube-proxy'] },
        binaries: ['kube-proxy'],
        populate: async (rootfs) => {
          await base(rootfs);
          await addFile(rootfs, inputs.bin('kube-proxy'), '/usr/local/bin/kube-proxy');
          await netfilter(rootfs);
          await shell(rootfs);
        },
      };
    case 'etcd':
      return {
        ref,
        config: { cmd: ['/usr/local/bin/etcd'] },
        binaries: ['etcd', 'etcdctl', 'etcdutl'],
        populate: async (rootfs) => {
          await base(rootfs);
          await addFile(rootfs, inputs.bin('etcd'), '/usr/local/bin/etcd');
          await addFile(rootfs, inputs.bin('etcdctl'), '/usr/local/bin/etcdctl');
          await addFile(rootfs, inputs.bin('etcdutl'), '/usr/local/bin/etcdutl');
          await addDir(rootfs, '/var/lib/etcd', 0o700);
        },
      };
    case 'coredns':
      return {
        ref,
        config: { entrypoint: ['/coredns'] },
        binaries: ['coredns'],
        populate: async (rootfs) => {
          await base(rootfs);
          await addFile(rootfs, inputs.bin('coredns'), '/coredns');
        },
      };
    case 'pause':
      return {
        ref,
        config: { entrypoint: ['/pause'] },
        populate: async (rootfs) => {
          await addFile(rootfs, inputs.pause, '/pause');
        },
      };
    default:
      throw new KubehaError(`kubeadm asks for an image kubeha does not know how to build: ${ref}`, {
        doing: 'building the control-plane images',
      });
  }
}

/** The two flannel images, named as the upstream kube-flannel manifest names them. */
export function flannelImageRecipes(flannelVersion: string, cniPluginVersion: string, inputs: ImageInputs): ImageRecipe[] {
  return [
    {
      ref: `${FLANNEL_IMAGE}:${flannelVersion}`,
      config: { entrypoint: ['/opt/bin/flanneld'] },
      populate: async (rootfs) => {
        await base(rootfs);
        await addFile(rootfs, inputs.bin('flanneld'), '/opt/bin/flanneld');
        await addFile(rootfs, inputs.bin('install-conf'), '/opt/bin/install-conf');
        await netfilter(rootfs);
        await shell(rootfs);
      },
    },
    {
      ref: `${FLANNEL_CNI_PLUGIN_IMAGE}:${cniPluginVersion}`,
      config: { cmd: ['/bin/sh'] },
      populate: async (rootfs) => {
        await base(rootfs);
        await addFile(rootfs, inputs.cniFlannel, '/flannel');
        await shell(rootfs);
      },
    },
  ];
}

export function binPath(binDir: string): (file: string) => string {
  return (file) => join(binDir, file);
}
