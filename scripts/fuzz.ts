/**
 * Fuzzing: mutates the fixtures and checks the invariants of every feature on each case.
 *   npm run fuzz -- --seed 1 --cases 3000 [--time-limit 2000] [--progress 1000]
 * The time limit is in milliseconds of CPU time, so a busy machine does not fail a case that did little work.
 * `--progress N` reports on standard error after every N cases, so a long run that is stopped says how far it got.
 * A failing case is minimised and kept in test-fixtures/fuzz-regressions/, which the unit tests replay.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { mutate, rng } from '../server/src/test/fuzz/mutate';
import { checkInvariants } from '../server/src/test/fuzz/check';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const seed = arg('seed', Date.now() % 100000);
const cases = arg('cases', 3000);
const timeLimit = arg('time-limit', 2000);
const progress = arg('progress', 0);

const fixturesDir = path.join(__dirname, '..', 'test-fixtures');
const regressionsDir = path.join(fixturesDir, 'fuzz-regressions');
const fixtures = readdirSync(fixturesDir)
  .filter((f) => /\.(json|md)$/.test(f) && f !== 'README.md')
  .map((f) => ({ name: f, text: readFileSync(path.join(fixturesDir, f), 'utf8') }));

/**
 * Removes chunks of the text while the failure persists (delta debugging, coarse to fine), within a CPU
 * budget: a large failing text may take many checks, and a half-minimised case is still a regression.
 */
function minimise(text: string, uri: string, budgetMs = 20_000): string {
  let current = text;
  const cpu = process.cpuUsage();
  const spent = () => {
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  for (let chunk = Math.max(1, Math.floor(current.length / 2)); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let i = 0; i < current.length;) {
      if (spent() > budgetMs) return current;
      const candidate = current.slice(0, i) + current.slice(i + chunk);
      if (checkInvariants(candidate, uri).length) current = candidate;
      else i += chunk;
    }
  }
  return current;
}

const r = rng(seed);
let failures = 0;
const started = Date.now();
for (let n = 0; n < cases; n++) {
  if (progress > 0 && n > 0 && n % progress === 0) {
    console.error(`fuzz: seed ${seed}, ${n} of ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures} failed`);
  }
  const fixture = fixtures[Math.floor(r() * fixtures.length)];
  const uri = `file:///fuzz/${fixture.name.endsWith('.md') ? 'case.framework.md' : 'case.framework.json'}`;
  const text = mutate(fixture.text, r, fixture.name.endsWith('.md'));
  const cpu = process.cpuUsage();
  const problems = checkInvariants(text, uri);
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  if (ms > timeLimit) problems.push(`took ${ms.toFixed(0)} ms of CPU (limit ${timeLimit} ms)`);
  if (!problems.length) continue;
  failures++;
  const small = problems.some((p) => p.startsWith('took')) ? text : minimise(text, uri);
  const name = `${createHash('sha1').update(small).digest('hex').slice(0, 12)}${path.extname(fixture.name)}`;
  writeFileSync(path.join(regressionsDir, name), small);
  console.error(`✖ case ${n} (seed ${seed}, from ${fixture.name}) → test-fixtures/fuzz-regressions/${name}\n  ${problems.join('\n  ')}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`fuzz: seed ${seed}, ${cases} cases in ${seconds} s`);
console.log(`fuzz: ${cases - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
