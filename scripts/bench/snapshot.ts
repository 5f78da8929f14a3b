/**
 * Writes the findings snapshot that server/src/test/perfEquivalence.test.ts compares against:
 *   npx tsx scripts/bench/snapshot.ts
 * Run it only when findings change on purpose (a new check, a reworded message), never to make an
 * optimisation pass: an optimisation must leave every finding as it was.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { equivalenceCorpus, findingLines } from '../../server/src/test/perf/corpus';

const out: Record<string, string[]> = {};
for (const file of equivalenceCorpus()) out[file.name] = findingLines(file);
const target = path.join(__dirname, '..', '..', 'server', 'src', 'test', 'perf', 'findings.snapshot.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
const total = Object.values(out).reduce((n, l) => n + l.length, 0);
console.log(`wrote ${path.relative(process.cwd(), target)}: ${Object.keys(out).length} files, ${total} findings`);
