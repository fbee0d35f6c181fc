import { etcdctl } from '../../cluster/etcdctl.js';
/** `member list -w simple`: "id, status, name, peer urls, client urls, is learner" per line; ids in hex. */
export function parseMemberList(text) {
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .map((line) => {
        const f = line.split(', ');
        return {
            id: f[0],
            name: f[2] ?? '',
            peerURLs: (f[3] ?? '').split(',').filter(Boolean),
            clientURLs: (f[4] ?? '').split(',').filter(Boolean),
            learner: f[5] === 'true',
            started: f[1] === 'started',
        };
    });
}
export async function memberList(host, cluster, endpoints) {
    const r = await etcdctl(host, cluster, endpoints, ['member', 'list', '-w', 'simple'], { doing: 'listing the etcd members' });
    return parseMemberList(r.stdout);
}
/** MemberAddAsLearner. */
export async function addLearner(host, cluster, endpoints, name, peerURL) {
    await etcdctl(host, cluster, endpoints, ['member', 'add', '--learner', `--peer-urls=${peerURL}`, name], { doing: 'adding this host as an etcd learner' });
}
export async function promote(host, cluster, endpoints, id) {
    await etcdctl(host, cluster, endpoints, ['member', 'promote', id], { doing: 'promoting the etcd learner' });
}
/** The --initial-cluster list kubeadm writes: every member, unnamed ones by their hex id, this node by its name. */
export function initialCluster(members, self) {
    return members.map((m) => ({
        name: m.peerURLs.includes(self.peerURL) ? self.name : m.name || m.id,
        peerURL: m.peerURLs[0],
    }));
}
/** MemberRemove (etcd refuses one that would leave the cluster without quorum). */
export async function removeMember(host, cluster, endpoints, id) {
    await etcdctl(host, cluster, endpoints, ['member', 'remove', id], { doing: 'removing an etcd member' });
}
//# sourceMappingURL=etcd-member.js.map