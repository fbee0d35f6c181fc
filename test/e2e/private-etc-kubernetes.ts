/**
 * Shell lines giving the rest of a script run under `unshare --mount --propagation private` an empty tmpfs at
 * /etc/kubernetes, where kubeadm writes (it has no flag for that directory), with nothing on the machine changed.
 * A fresh machine has no /etc/kubernetes, and a tmpfs alone fails there: "mount point does not exist" (CI, a clean
 * machine). So /etc is overlaid first, its upper layer on a tmpfs at /mnt, and the mount point made in that layer.
 */
export const PRIVATE_ETC_KUBERNETES = `mount -t tmpfs tmpfs /mnt
mkdir /mnt/upper /mnt/work
mount -t overlay overlay -o lowerdir=/etc,upperdir=/mnt/upper,workdir=/mnt/work /etc
mkdir -p /etc/kubernetes
mount -t tmpfs -o mode=0755 tmpfs /etc/kubernetes`;
