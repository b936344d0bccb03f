// `preinstall`: stops `npm ci` / `npm install` at once, in one line, on a Node.js that is too
// old for Vigie (package.json "engines"), instead of a page of engine warnings and a build
// that fails later. Plain old JavaScript on purpose: it must run on any Node to say so.
const wanted = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < wanted[0] || (major === wanted[0] && minor < wanted[1])) {
  process.stderr.write(
    `Vigie needs Node.js ${wanted.join('.')} or newer (this is ${process.version}): ` +
      'run `. scripts/use-node.sh` first, or install a newer Node.\n',
  );
  process.exit(1);
}
