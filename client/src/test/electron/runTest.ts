/**
 * The conventional runner: downloads desktop VS Code with @vscode/test-electron and runs the suite in
 * `./suite` inside it. On machines that cannot download VS Code it says so plainly and exits 1; there
 * the code-server suite (`npm run test:e2e`) is the end-to-end test that runs.
 *
 * Run with `npm run test:electron`.
 */
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..', '..');
  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: 'stable', timeout: 60_000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `test:electron: could not download desktop VS Code (${reason}).\n` +
        'This machine cannot reach update.code.visualstudio.com; run the code-server suite instead: npm run test:e2e',
    );
    process.exit(1);
  }
  const exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist', 'test', 'electron', 'suite.js'),
    launchArgs: [path.join(root, 'test-fixtures'), '--disable-extensions', '--disable-workspace-trust'],
  }).catch((error: unknown) => {
    console.error(`test:electron: VS Code ran but the suite failed to start: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  });
  process.exit(exitCode);
}

void main();
