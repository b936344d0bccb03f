// `node scripts/update-screenshots.mjs`: copies the README's screenshots from the end-to-end
// suite's last run (test-results/e2e, written by `npm test`) into docs/screenshots. The
// pictures are the tests' own: nothing is staged by hand.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const README_SCREENSHOTS = [
  'certificates-dashboard.png',
  'add-3-installed.png',
  'order-3-keys.png',
  'retrieve-1-analysis.png',
  'tokens-1-card.png',
  'sandbox-1-issued.png',
  'inspector-insi-fr.png',
];

const from = process.argv[2] ?? join('test-results', 'e2e');
const to = join('docs', 'screenshots');
mkdirSync(to, { recursive: true });
const missing = README_SCREENSHOTS.filter((name) => !existsSync(join(from, name)));
if (missing.length > 0) {
  console.error(`Missing from ${from} (run npm test first): ${missing.join(', ')}`);
  process.exit(1);
}
for (const name of README_SCREENSHOTS) copyFileSync(join(from, name), join(to, name));
console.log(`${README_SCREENSHOTS.length} screenshots copied to ${to}`);
