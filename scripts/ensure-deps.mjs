// Runs before `npm start` and `npm test` (npm's prestart/pretest): makes a fresh clone ready.
// - npm packages: `npm ci` when node_modules is missing or older than package-lock.json.
// - Debian packages the real-VS-Code runs need (code-server's native addons; Chromium for the tests):
//   installed with apt-get when missing and we are root (or have sudo), else named in a plain message.
// Usage: node scripts/ensure-deps.mjs [--for start|test]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const purpose = process.argv.includes('test') ? 'test' : 'start';

const BUILD_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'python3', 'make', 'g++'];
const TEST_PACKAGES = ['chromium'];

function log(message) {
  process.stderr.write(`[setup] ${message}\n`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    log(`${command} ${args.join(' ')} failed (${result.status ?? result.error?.message ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

function npmPackages() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  log('installing npm packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function missingDebianPackages(names) {
  return names.filter(
    (name) => spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true,
  );
}

function debianPackages() {
  // Desktop VS Code on PATH needs nothing more for `npm start`.
  if (process.platform !== 'linux' || spawnSync('which', ['dpkg-query']).status !== 0) return;
  if (purpose === 'start' && spawnSync('which', ['code']).status === 0) return;
  const wanted = purpose === 'test' ? [...BUILD_PACKAGES, ...TEST_PACKAGES] : BUILD_PACKAGES;
  const missing = missingDebianPackages(wanted);
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!isRoot && !sudo) {
    log(`missing Debian packages: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  const prefix = isRoot ? [] : ['sudo'];
  log(`installing Debian packages: ${missing.join(' ')}`);
  const [command, ...rest] = [...prefix, 'apt-get'];
  run(command, [...rest, 'update', '-qq']);
  run(command, [...rest, 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

npmPackages();
debianPackages();
