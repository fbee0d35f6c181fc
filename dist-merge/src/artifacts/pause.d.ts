/**
 * The sandbox ("pause") container's process: holds the pod's namespaces, reaps orphans it inherits as PID 1,
 * and exits at once on SIGINT/SIGTERM. Written here and linked statically so the image needs nothing else.
 */
export declare const PAUSE_SOURCE = "#include <signal.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/wait.h>\n#include <unistd.h>\n\nstatic void stop(int sig) { (void)sig; _exit(0); }\n\nstatic void reap(int sig) {\n  (void)sig;\n  while (waitpid(-1, NULL, WNOHANG) > 0) {}\n}\n\nint main(int argc, char **argv) {\n  if (argc > 1 && strcmp(argv[1], \"-v\") == 0) {\n    printf(\"pause (kubeha) %s\\n\", PAUSE_VERSION);\n    return 0;\n  }\n  struct sigaction sa;\n  memset(&sa, 0, sizeof sa);\n  sa.sa_handler = stop;\n  sigaction(SIGINT, &sa, NULL);\n  sigaction(SIGTERM, &sa, NULL);\n  sa.sa_handler = reap;\n  sa.sa_flags = SA_NOCLDSTOP | SA_RESTART;\n  sigaction(SIGCHLD, &sa, NULL);\n  for (;;) pause();\n}\n";
/** Compiles the pause program into buildRoot/pause-<version>/pause and returns its path. */
export declare function buildPause(version: string, buildRoot: string): Promise<string>;
