import { KubehaError } from '../errors.js';
import type { Host } from './host.js';

/**
 * Content-addressed transfers: a file of the admin machine that a host needs is named by its sha256 and sent
 * over SSH only when the host has no verified copy. A host looks in two places, in this order:
 * - its own cache, HOST_CONTENT_DIR/<sha256>: what earlier transfers left there (kept, so a run cut short, a
 *   reset host or an upgrade sends nothing twice);
 * - SHARED_CONTENT_DIR/<sha256>: content the machine's owner offers read-only, without copying it per host (the
 *   lab binds the admin machine's artifacts and host packages there).
 * A copy counts only if its sha256 matches, checked on the host each time it is used.
 */

export const HOST_CONTENT_DIR = '/var/cache/kubeha/content/sha256';
/** Where a machine's owner may mount shared content (read-only); kubeha only reads SHARED_CONTENT_DIR below it. */
export const SHARED_CONTENT_ROOT = '/var/cache/kubeha-shared';
export const SHARED_CONTENT_DIR = `${SHARED_CONTENT_ROOT}/sha256`;
const INCOMING_DIR = '/var/cache/kubeha/content/incoming';

/** Where a host keeps content (tests use other directories). */
export interface ContentStores {
  cache: string;
  shared: string;
  incoming: string;
}
export const HOST_STORES: ContentStores = { cache: HOST_CONTENT_DIR, shared: SHARED_CONTENT_DIR, incoming: INCOMING_DIR };

/** A file of the admin machine, by content. */
export interface Content {
  sha256: string;
  size: number;
  /** Where it is on the admin machine. */
  file: string;
}

/** How the host came to have each content: already there (its cache or the shared store) or sent now. */
export interface Provided {
  /** sha256 → the path on the host. */
  paths: Map<string, string>;
  /** The content sent over SSH (the rest was on the host already). */
  sent: Content[];
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A file's sha256 in hex, by OpenSSL where the host has it: it uses the CPU's SHA instructions, coreutils' sha256sum
 * does not (0.08 against 0.37 CPU-s for the 92 MB kubelet here; a worker checks ~340 MB, 54 hosts at once in bench
 * scale), else by sha256sum.
 */
const SHA256_OF = `sha256_of() {
  if command -v openssl >/dev/null; then h=$(openssl dgst -sha256 -r < "$1") || return 1; else h=$(sha256sum < "$1") || return 1; fi
  echo "\${h%% *}"
}`;

/**
 * For each sha256 argument, the first verified copy on the host: prints `<sha256> <path>`. Read-only.
 * A copy that does not match is ignored (the cache one is replaced by the next transfer).
 */
const LOOKUP = `${SHA256_OF}
shared=$1; shift
for s; do
  for d in "$0" "$shared"; do
    f="$d/$s"
    [ -f "$f" ] || continue
    h=$(sha256_of "$f") || continue
    if [ "$h" = "$s" ]; then echo "$s $f"; continue 2; fi
  done
done`;

/** The host's verified copies of these contents (sha256 → path). Read-only. */
export async function findContent(host: Host, items: readonly Pick<Content, 'sha256'>[], stores: ContentStores = HOST_STORES): Promise<Map<string, string>> {
  const wanted = [...new Set(items.map((i) => i.sha256))];
  for (const s of wanted) if (!SHA256.test(s)) throw new Error(`not a sha256: ${s}`);
  if (wanted.length === 0) return new Map();
  const r = await host.exec(['sh', '-c', LOOKUP, stores.cache, stores.shared, ...wanted], { doing: 'looking for content on the host', timeoutMs: 600_000 });
  const found = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const [sha, path] = line.trim().split(' ');
    if (sha !== undefined && path !== undefined && wanted.includes(sha)) found.set(sha, path);
  }
  return found;
}

/** Verifies a transferred copy and moves it into the host's cache; a copy that does not match is removed. */
const ADMIT = `set -e; ${SHA256_OF}
f="$0/$1"
if [ "$(sha256_of "$f")" != "$1" ]; then rm -f "$f"; echo "the copy does not match its sha256" >&2; exit 3; fi
mkdir -p "$2"; mv -f "$f" "$2/$1"`;

/**
 * Makes every content available on the host, sending over SSH only what it has no verified copy of (one file
 * per transfer, streamed from the admin machine's file). Returns where each one is on the host.
 */
export async function provideContent(host: Host, items: readonly Content[], stores: ContentStores = HOST_STORES): Promise<Provided> {
  const paths = await findContent(host, items, stores);
  const sent: Content[] = [];
  for (const item of items) {
    if (paths.has(item.sha256)) continue;
    const doing = `sending ${item.file} (${item.sha256.slice(0, 12)})`;
    await host.writeFiles([{ path: `${stores.incoming}/${item.sha256}`, source: { file: item.file, size: item.size }, mode: 0o644 }]);
    const r = await host.exec(['sh', '-c', ADMIT, stores.incoming, item.sha256, stores.cache], { doing, allowFailure: true, timeoutMs: 600_000 });
    if (r.code !== 0) throw new KubehaError(`the copy on the host does not match its sha256: ${r.stderr.trim()}`, { doing, host: host.name });
    paths.set(item.sha256, `${stores.cache}/${item.sha256}`);
    sent.push(item);
  }
  return { paths, sent };
}

/** Where provideContent put this content on the host. */
export function pathOf(provided: Provided, item: Pick<Content, 'sha256'>): string {
  const path = provided.paths.get(item.sha256);
  if (path === undefined) throw new Error(`content ${item.sha256} was not provided`);
  return path;
}
