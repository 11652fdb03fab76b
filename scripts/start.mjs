// `npm start`: build, then open the Electron app; where the Electron binary cannot be had
// (an offline machine), say so in one line and serve the same app with the web host instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const build = spawnSync(bin('electron-vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Deputy Desk: the build failed (see above). Run `npm ci` and try again.');
  process.exit(build.status ?? 1);
}

/** The Electron executable, downloading it on first use as electron ≥ 42 does; null if it cannot be had. */
function findElectron() {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const binaryPath = () => existsSync(pathFile) && join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (binaryPath() && existsSync(binaryPath())) return binaryPath();
  const install = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return install.status === 0 && binaryPath() && existsSync(binaryPath()) ? binaryPath() : null;
}

const electron = findElectron();
const child = electron
  ? spawn(electron, ['.'], { cwd: root, stdio: 'inherit' })
  : (console.log('Deputy Desk: the Electron binary cannot be downloaded on this machine; serving the same app in your browser instead.'),
    spawn(process.execPath, [join(root, 'out/main/web.js')], { cwd: root, stdio: 'inherit' }));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
