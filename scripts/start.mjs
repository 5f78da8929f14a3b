// `npm start`: builds and packages the extension, then opens `test-fixtures/` with it.
// With desktop VS Code on PATH (`code`), runs it as an extension development host. Otherwise serves
// VS Code in the browser (code-server, installed on first use into .code-server/) on 127.0.0.1:$PORT
// (default 8080) with the VSIX installed, and stays in the foreground until Ctrl+C.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FIXTURES_DIR,
  REPO_ROOT,
  RUNS_DIR,
  createRunDir,
  ensureCodeServer,
  installVsix,
  startCodeServer,
  writeUserSettings,
} from './e2e-env.mjs';

/** @param {string} script */
function npmRun(script) {
  const result = spawnSync('npm', ['run', script], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start: npm run ${script} failed`);
    process.exit(result.status ?? 1);
  }
}

/** Whether a command is on PATH. */
function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

npmRun('build');
npmRun('package');

if (onPath('code')) {
  const result = spawnSync('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, FIXTURES_DIR], { stdio: 'inherit' });
  process.exit(result.status ?? 0);
}

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`start: PORT must be a TCP port number, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

try {
  ensureCodeServer();
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

// One persistent run folder, so settings and open editors survive restarts; the VSIX is reinstalled
// each time so the latest build is what runs.
const runDir = createRunDir({ dir: path.join(RUNS_DIR, 'start') });
if (!fs.existsSync(path.join(runDir, 'user-data', 'User', 'settings.json'))) writeUserSettings(runDir);
installVsix(runDir);

let server;
try {
  server = await startCodeServer({ runDir, folder: FIXTURES_DIR, port });
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

console.log(`\nNSX Framework Editor in VS Code (code-server), with ${path.relative(REPO_ROOT, FIXTURES_DIR)}/ open:\n\n  ${server.url}\n`);
console.log(`code-server log: ${server.logFile}\nPress Ctrl+C to stop.`);

let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  console.log('\nstart: stopping code-server');
  await server.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
// code-server's child process keeps the event loop alive; if it dies on its own, say so and stop.
void server.exited.then(() => {
  if (stopping) return;
  console.error(`start: code-server exited; see ${server.logFile}`);
  void stop(1);
});
