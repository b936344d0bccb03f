import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStaticFile } from '../../../src/main/shell/static-files.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('static renderer files', () => {
  let root: string;
  beforeAll(async () => {
    const base = tempDir('vigie-static-');
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'secret');
  });

  it('serves files inside the folder with their type', async () => {
    expect((await readStaticFile(root, '/'))?.contentType).toMatch(/text\/html/);
    expect((await readStaticFile(root, '/assets/app.js'))?.contentType).toMatch(/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%00',
    '/%E0%A4%A',
    '/missing.js',
  ])('refuses %s', async (path) => {
    expect(await readStaticFile(root, path)).toBeNull();
  });
});
