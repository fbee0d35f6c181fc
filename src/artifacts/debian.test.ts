import { test } from 'node:test';
import assert from 'node:assert/strict';
import { debianArchiveUri } from './debian.js';

test("the archive is the first source that serves the suite, in deb822 or one-line form", () => {
  const deb822 = [
    'Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\nComponents: main\n',
    'Types: deb\nURIs: http://deb.debian.org/debian/\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n',
  ].join('\n');
  assert.equal(debianArchiveUri([deb822]), 'http://deb.debian.org/debian');
  assert.equal(debianArchiveUri(['# a comment\ndeb [arch=amd64 signed-by=/k.gpg] http://mirror.example/debian bookworm main\n']), 'http://mirror.example/debian');
  assert.equal(debianArchiveUri(['deb https://packages.cloud.google.com/apt cloud-sdk-bookworm main\n', 'deb http://m/debian bookworm main\n']), 'http://m/debian');
  assert.equal(debianArchiveUri(['Types: deb-src\nURIs: http://src/debian\nSuites: bookworm\n']), undefined);
  assert.equal(debianArchiveUri([]), undefined);
});
