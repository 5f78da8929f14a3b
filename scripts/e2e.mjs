// `npm run test:e2e`: the end-to-end suite against the packaged extension in code-server + Chromium.
// Makes sure the VSIX and code-server exist (building, packaging and installing on first use), then
// runs mocha on client/src/test/e2e/**/*.test.ts. Extra arguments go to mocha (e.g. --grep hover).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT, VSIX_PATH, ensureCodeServer, ensureVsix, requireChromium } from './e2e-env.mjs';

try {
  requireChromium();
  ensureVsix();
  ensureCodeServer();
} catch (error) {
  console.error(`test:e2e: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const mocha = path.join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(process.execPath, [mocha, '--config', '.mocharc.e2e.json', ...process.argv.slice(2)], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
  env: { ...process.env, NSX_E2E_VSIX: VSIX_PATH },
});
process.exit(result.status ?? 1);
