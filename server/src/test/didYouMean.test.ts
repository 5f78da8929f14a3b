import { strict as assert } from 'node:assert';
import { closest, closestFinder } from '../languageService/util/didYouMean';
import { ONET_ELEMENTS } from '../languageService/catalog/onetData';
import { onetNames, type OnetCategory } from '../languageService/catalog/onet';
import { BUILTIN_CITATIONS } from '../languageService/catalog/citations';
import { rng } from './fuzz/mutate';

/** The plain way: the full Levenshtein table for every candidate, the same selection and order. */
function plainClosest(value: string, known: readonly string[], limit = 3): string[] {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  };
  const lower = value.toLowerCase().trim();
  if (!lower) return [];
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of known) {
    if (candidate === value) continue;
    const cl = candidate.toLowerCase();
    const max = Math.max(2, Math.floor(Math.max(lower.length, cl.length) / 3));
    const d = distance(lower, cl);
    if (d <= max) scored.push({ candidate, score: d });
    else if (lower.length >= 4 && cl.startsWith(lower)) scored.push({ candidate, score: max + 1 });
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

describe('did you mean', () => {
  const lists: readonly (readonly string[])[] = [
    ...(Object.keys(ONET_ELEMENTS) as OnetCategory[]).map((c) => onetNames(c)),
    BUILTIN_CITATIONS.map((c) => c.key),
  ];

  it('suggests the closest names, best first', () => {
    assert.deepEqual(closest('Critcal Thinking', onetNames('skill')), ['Critical Thinking']);
    assert.deepEqual(
      closest(
        'safi-2062',
        BUILTIN_CITATIONS.map((c) => c.key),
      ).slice(0, 1),
      ['safi-2026'],
    );
    assert.deepEqual(closest('', onetNames('skill')), []);
  });

  it('answers as the full edit-distance table does, for typos, case, other scripts and unrelated text', () => {
    const r = rng(21);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCXYZ-–—éßΩ中🙂,.0123456789';
    const pick = (s: string) => s[Math.floor(r() * s.length)];
    let compared = 0;
    for (const known of lists) {
      const find = closestFinder(known);
      for (let n = 0; n < 400; n++) {
        let value = known[Math.floor(r() * known.length)];
        const kind = n % 4;
        if (kind === 0) {
          // up to four typos
          for (let k = Math.floor(r() * 5); k > 0; k--) {
            const at = Math.floor(r() * (value.length + 1));
            const op = Math.floor(r() * 3);
            value =
              op === 0
                ? value.slice(0, at) + pick(alphabet) + value.slice(at)
                : op === 1
                  ? value.slice(0, at) + value.slice(at + 1)
                  : value.slice(0, at) + pick(alphabet) + value.slice(at + 1);
          }
        } else if (kind === 1) value = value.toUpperCase().slice(0, Math.max(1, Math.floor(r() * value.length)));
        else if (kind === 2) value = Array.from({ length: 1 + Math.floor(r() * 30) }, () => pick(alphabet)).join('');
        else value = `${value} ${value}`.slice(0, Math.floor(r() * 2 * value.length));
        assert.deepEqual(closest(value, known), plainClosest(value, known), JSON.stringify(value));
        assert.deepEqual(find(value), plainClosest(value, known), JSON.stringify(value));
        compared++;
      }
    }
    assert.ok(compared >= 1600);
  });

  it('finders over the same catalog share their answers, each call still getting its own array', () => {
    const skills = onetNames('skill');
    assert.ok(Object.isFrozen(skills));
    const first = closestFinder(skills)('Critcal Thinkng');
    first.push('changed by a caller');
    assert.deepEqual(closestFinder(skills)('Critcal Thinkng'), ['Critical Thinking']);
    // The limit is part of the answer: a finder with another limit does not see the first one's answers.
    assert.deepEqual(closestFinder(skills, 1)('Operation'), plainClosest('Operation', skills).slice(0, 1));
    assert.deepEqual(closestFinder(skills)('Operation'), plainClosest('Operation', skills));
    assert.equal(plainClosest('Operation', skills).length, 3);
    // Past the bound the shared answers start over, and answers stay right.
    const find = closestFinder(skills);
    for (let i = 0; i < 2100; i++) find(`Skill ${i}`);
    for (const value of ['Skill 7', 'Skill 2099', 'Critcal Thinkng', 'Mathematix'])
      assert.deepEqual(closestFinder(skills)(value), plainClosest(value, skills), value);
  });
});
