// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self and inclusive time per function, top N.
import { readFileSync } from 'node:fs';
const [file, n = '25'] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((x) => [x.id, x]));
const self = new Map();
const dt = p.timeDeltas;
for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (dt[i] ?? 0));
const parent = new Map();
for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const name = (x) =>
  `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').slice(-2).join('/')}:${x.callFrame.lineNumber + 1}`;
const selfBy = new Map(),
  incBy = new Map();
for (const [id, t] of self) {
  const x = byId.get(id);
  selfBy.set(name(x), (selfBy.get(name(x)) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incBy.set(k, (incBy.get(k) ?? 0) + t);
  }
}
const top = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(n))
    .map(([k, t]) => `${(t / 1000).toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n');
console.log('--- self\n' + top(selfBy) + '\n--- inclusive\n' + top(incBy));
