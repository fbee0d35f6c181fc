import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLE_PACKAGES } from '../../artifacts/debian.js';
import { COMMANDS } from './packages.js';
test("the packages probe asks for a command of every package of the role (the CNI plugins have their own probe)", () => {
    const commandOf = { 'containernetworking-plugins': '' };
    for (const [role, packages] of Object.entries(ROLE_PACKAGES)) {
        for (const p of packages) {
            const command = commandOf[p] ?? p;
            if (command !== '')
                assert.ok(COMMANDS[role].includes(command), `${role}: ${p}`);
        }
    }
});
//# sourceMappingURL=packages.test.js.map