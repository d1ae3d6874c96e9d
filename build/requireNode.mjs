// `npm start` and `npm run dist` run Electron 45's installer, @electron/rebuild and node-abi, which
// need Node.js 22.12 or newer (their engines fields say so). The tests run on Node.js 20.19 too, so
// the package's own engines field stays at 20.19 and this check guards the two commands that need more.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Casustafel starten of bouwen vraagt Node.js 22.12 of nieuwer (Electron 45, @electron/rebuild en node-abi vereisen dat); dit is Node.js ${process.versions.node}. / ` +
      `Starting or packaging Casustafel needs Node.js 22.12 or newer (Electron 45, @electron/rebuild and node-abi require it); this is Node.js ${process.versions.node}.`,
  );
  process.exit(1);
}
