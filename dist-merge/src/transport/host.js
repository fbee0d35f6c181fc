/**
 * What steps may do to a machine. Implemented over SSH (real hosts and lab hosts) and locally
 * (node-local commands such as `kubeha init phase certs`). Deliberately small: no spec, no facts,
 * no per-OS behaviour lives here.
 */
export async function writeFile(host, path, data, mode) {
    await host.writeFiles([{ path, data, mode }]);
}
//# sourceMappingURL=host.js.map