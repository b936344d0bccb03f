// `preinstall`: stops `npm ci` / `npm install` in one line on a Node.js that is too old for
// Vigie (package.json "engines"). npm itself stops first, before any download, since .npmrc
// sets engine-strict; this is the word left where that check is off (`--engine-strict=false`),
// instead of a build that fails later. Plain old JavaScript: it must run on any Node to say so.
const wanted = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < wanted[0] || (major === wanted[0] && minor < wanted[1])) {
  process.stderr.write(
    `Vigie needs Node.js ${wanted.join('.')} or newer (this is ${process.version}): ` +
      'run `. scripts/use-node.sh` first, or install a newer Node.\n',
  );
  process.exit(1);
}
