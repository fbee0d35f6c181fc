import { parseAllDocuments } from 'yaml';
import { INIT_CONFIG_PATH } from './kubeadm/config.js';
export async function readStoredSecrets(host) {
    const text = (await host.readFile(INIT_CONFIG_PATH))?.toString('utf8');
    if (text === undefined)
        return {};
    const init = parseAllDocuments(text)
        .map((d) => d.toJS())
        .find((d) => d?.['kind'] === 'InitConfiguration');
    return { token: init?.['bootstrapTokens']?.[0]?.['token'], certificateKey: init?.['certificateKey'] };
}
//# sourceMappingURL=stored-secrets.js.map