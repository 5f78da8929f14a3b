import { strict as assert } from 'node:assert';
import { Minimatch } from 'minimatch';
import { matchesFromAnyFolder, matchesGlobs, uriPath } from '../languageService/util/globs';
import { rng } from './fuzz/mutate';
import { nameNearly, randomSimpleName } from './globUtil';

describe('framework globs', () => {
  it('match by file name and by folder as the settings describe', () => {
    assert.equal(matchesGlobs('file:///home/me/p/a.framework.json', ['**/*.framework.json']), true);
    assert.equal(matchesGlobs('file:///home/me/p/A.FRAMEWORK.JSON', ['**/*.framework.json']), true);
    assert.equal(matchesGlobs('file:///home/me/p/a.framework.md', ['**/*.framework.json']), false);
    assert.equal(matchesGlobs('file:///home/me/p/frameworks/a.json', ['frameworks/*.json']), true);
    assert.equal(matchesGlobs('file:///home/me/p/other/a.json', ['frameworks/*.json']), false);
    assert.equal(matchesGlobs('file:///home/me/p/.hidden.json', ['*.json']), true);
    assert.equal(matchesGlobs('untitled:Untitled-1', ['**']), true);
    assert.equal(matchesGlobs('file:///', ['**']), false);
    assert.equal(matchesGlobs('file:///a/b.json', []), false);
  });

  // A glob that can only match the file name is matched against it alone; every other glob is tried from each
  // folder down. Both must answer as trying every glob from each folder down does.
  it('answer by the file name alone exactly as trying the glob from every folder does', () => {
    const globs = [
      '**',
      '*',
      '**/*',
      '**/*.framework.json',
      '/**/*.framework.json',
      '**/*.framework.{json,md}',
      '*.json',
      '*.JSON',
      '**/a*.json',
      '**/.*',
      '!*.md',
      '!**/*.md',
      '#comment',
      '**/x/*.json',
      'x/**',
      'frameworks/*.json',
      '**/**/*.json',
      '{a,b}/*.json',
      '[ab]*.md',
      '?.json',
      '**/?.json',
      'a.framework.json',
    ];
    const parts = [
      'a',
      'b',
      'x',
      'frameworks',
      '.git',
      '.',
      '..',
      'a.json',
      'b.md',
      'A.Framework.JSON',
      'c.framework.md',
      '.hidden',
      'é',
      'a b',
      '%41',
      'x.json',
    ];
    const r = rng(7);
    let compared = 0;
    for (let n = 0; n < 3000; n++) {
      const depth = 1 + Math.floor(r() * 5);
      const segments = Array.from({ length: depth }, () => parts[Math.floor(r() * parts.length)]);
      const uri = 'file:///' + segments.map(encodeURIComponent).join('/');
      const decoded = uriPath(uri).split('/').filter(Boolean);
      for (const glob of globs) {
        assert.equal(matchesGlobs(uri, [glob]), matchesFromAnyFolder(decoded, glob), `${glob} on ${uri}`);
        compared++;
      }
    }
    assert.ok(compared >= 60000);
  });

  // A glob matched against the file name alone is minimatch's answer for the name: on names made to nearly match
  // (case changed, odd case folding, dots), with the options the globs are matched with.
  it('match file names exactly as minimatch does', () => {
    const r = rng(13);
    const globs = [
      '*.framework.json',
      '*.framework.md',
      '*.framework.{json,md}',
      '*.json',
      '*',
      '*.',
      '*.*',
      'a*',
      '*a*',
      'a.json',
      '*.{json,md}',
      'x{a,b}*y',
      '{a,b}',
      '*s',
      '*k*',
      '*ss*',
      '*i*',
    ];
    while (globs.length < 100) globs.push(randomSimpleName(r));
    let compared = 0;
    let matched = 0;
    for (const name of globs) {
      const expected = new Minimatch(name, { dot: true, nocase: true });
      for (let n = 0; n < 20; n++) {
        const segment = n < 2 ? ['.', '..'][n] : r() < 0.8 ? nameNearly(name, r) : nameNearly(randomSimpleName(r), r);
        const uri = 'file:///home/me/' + encodeURIComponent(segment);
        const want = expected.match(segment);
        assert.equal(matchesGlobs(uri, ['**/' + name]), want, `**/${name} on ${JSON.stringify(segment)}`);
        assert.equal(matchesGlobs(uri, [name]), want, `${name} on ${JSON.stringify(segment)}`);
        compared++;
        if (want) matched++;
      }
    }
    assert.ok(compared >= 2000 && matched > 300, `${compared} names, ${matched} matches`);
  });
});
