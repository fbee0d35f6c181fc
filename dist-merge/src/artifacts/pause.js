import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../util/process.js';
import { writeFileAtomic } from './files.js';
/**
 * The sandbox ("pause") container's process: holds the pod's namespaces, reaps orphans it inherits as PID 1,
 * and exits at once on SIGINT/SIGTERM. Written here and linked statically so the image needs nothing else.
 */
export const PAUSE_SOURCE = `#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void stop(int sig) { (void)sig; _exit(0); }

static void reap(int sig) {
  (void)sig;
  while (waitpid(-1, NULL, WNOHANG) > 0) {}
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "-v") == 0) {
    printf("pause (kubeha) %s\\n", PAUSE_VERSION);
    return 0;
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = stop;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sa.sa_handler = reap;
  sa.sa_flags = SA_NOCLDSTOP | SA_RESTART;
  sigaction(SIGCHLD, &sa, NULL);
  for (;;) pause();
}
`;
/** Compiles the pause program into buildRoot/pause-<version>/pause and returns its path. */
export async function buildPause(version, buildRoot) {
    const dir = join(buildRoot, `pause-${version}`);
    await mkdir(dir, { recursive: true });
    const source = join(dir, 'pause.c');
    await writeFileAtomic(source, PAUSE_SOURCE);
    const out = join(dir, 'pause');
    const temp = join(dir, 'pause.partial');
    await run(['gcc', '-static', '-Os', '-s', `-DPAUSE_VERSION="${version}"`, '-o', temp, source], {
        doing: `compiling the pause program ${version}`,
        timeoutMs: 120_000,
    });
    await run(['mv', '-f', temp, out], { doing: 'placing the pause binary' });
    return out;
}
//# sourceMappingURL=pause.js.map