// `npm run dev:browser`: build the bridge-mode renderer and the dev bridge, then start it
// and print the URL to open in any browser. Development only.
import { spawn, spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', [
  'vite',
  'build',
  '--config',
  'vite.config.ts',
  '--mode',
  'bridge',
  '--outDir',
  '../../dist/renderer-bridge',
  '--emptyOutDir',
]);
run(process.execPath, ['scripts/build-bridge.mjs']);
const child = spawn(process.execPath, ['--enable-source-maps', 'dist/dev-bridge/bridge.mjs'], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 0));
