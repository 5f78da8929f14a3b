// Runs a command with every fast path switched off (NSX_REFERENCE_ONLY=1), so only the libraries the fast paths
// stand beside run: `node scripts/reference-only.mjs mocha --config .mocharc.unit.json` is the unit suite's second run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const [command, ...args] = process.argv.slice(2);
const require = createRequire(import.meta.url);
// mocha by its own script, so no shell and no PATH lookup is needed on any platform.
const [file, rest] = command === 'mocha' ? [process.execPath, [require.resolve('mocha/bin/mocha.js'), ...args]] : [command, args];
const run = spawnSync(file, rest, { stdio: 'inherit', env: { ...process.env, NSX_REFERENCE_ONLY: '1' } });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
