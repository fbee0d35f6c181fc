/**
 * kubeadm v1beta4 configuration after defaulting (apis/kubeadm/v1beta4/defaults.go). Fields kubeadm
 * fills from the machine at run time (node name, advertise address, a generated token) stay optional:
 * the caller supplies them as node facts.
 */
export {};
//# sourceMappingURL=types.js.map