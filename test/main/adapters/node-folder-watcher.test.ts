import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFolderWatcher } from '../../../src/main/adapters/node-folder-watcher.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * The OS watch behind « Surveiller un dossier », on the real file system: every change
 * under the folder is reported, in subfolders that existed and in ones made later, a
 * removed subfolder is no trouble, and nothing comes once stopped.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('nodeFolderWatcher', () => {
  it('reports changes anywhere under the folder, in new subfolders too, until stopped', async () => {
    const root = tempDir('watch-');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(root, 'a', `f${i}.pem`), 'x');
    let changes = 0;
    // The tree already there is watched when watch() returns: no wait before the first change.
    const stop = nodeFolderWatcher.watch(root, () => void changes++);

    const changed = async (act: () => void) => {
      changes = 0;
      act();
      await vi.waitFor(() => expect(changes).toBeGreaterThan(0), { timeout: 3000, interval: 25 });
    };
    await changed(() => writeFileSync(join(root, 'top.pem'), 'x'));
    await changed(() => writeFileSync(join(root, 'a', 'b', 'deep.pem'), 'x'));
    await changed(() => writeFileSync(join(root, 'a', 'f7.pem'), 'changed'));
    // A folder made after the watch began is watched too, once seen.
    await changed(() => mkdirSync(join(root, 'c', 'd'), { recursive: true }));
    await settle();
    await changed(() => writeFileSync(join(root, 'c', 'd', 'later.pem'), 'x'));
    // A subfolder removed: reported, and its watches end without an error.
    await changed(() => rmSync(join(root, 'a'), { recursive: true }));
    await settle();

    stop();
    changes = 0;
    writeFileSync(join(root, 'after.pem'), 'x');
    mkdirSync(join(root, 'c', 'e'));
    await settle();
    expect(changes).toBe(0);
  });

  it('watches nothing, without throwing, when the folder is not there', () => {
    const stop = nodeFolderWatcher.watch(join(tempDir('watch-'), 'missing'), () => undefined);
    expect(() => stop()).not.toThrow();
  });
});
