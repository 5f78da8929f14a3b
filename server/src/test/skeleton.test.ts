import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createLanguageService } from '../languageService';
import {
  checkSocCode,
  fillSnippet,
  frameworkSkeleton,
  frameworkSkeletonSnippet,
  jobZoneChoices,
  occupationGroupOf,
  socOfFileName,
  type SkeletonOptions,
} from '../../../common/skeleton';

const NOW = new Date('2026-12-06T23:50:00.000Z');
const service = createLanguageService(() => ({ frameworkGlobs: ['**/*.framework.json'] }));

/** The findings of a skeleton as the file the command writes (`<soc>.framework.json|md`). */
function findingsOf(text: string, form: 'json' | 'markdown'): string[] {
  const uri = `file:///work/new.framework.${form === 'json' ? 'json' : 'md'}`;
  const doc = service.parse(TextDocument.create(uri, form === 'json' ? 'json' : 'markdown', 1, text));
  assert.ok(doc.isFramework);
  return service
    .computeDiagnostics(doc)
    .map((d) => `${d.severity === DiagnosticSeverity.Error ? 'error' : 'other'} ${d.code} ${d.message}`);
}

/** The tab stops of a snippet in order of appearance: `[number, default]`. */
function tabStops(snippet: string): [number, string][] {
  return [...snippet.matchAll(/(?<!\\)\$\{(\d+):((?:\\.|[^}\\])*)\}/g)].map((m) => [Number(m[1]), fillSnippet(m[2])]);
}

describe('framework skeleton', () => {
  for (const form of ['json', 'markdown'] as const) {
    describe(`${form} form`, () => {
      it('is a framework without errors once its placeholders hold their defaults, with nothing given but the date', () => {
        const errors = findingsOf(frameworkSkeleton({ form, now: NOW }), form).filter((f) => f.startsWith('error'));
        assert.deepEqual(errors, []);
      });

      it('is a framework without errors with a code, a title (even one with snippet and JSON syntax in it) and a Job Zone', () => {
        const options: SkeletonOptions = { form, now: NOW, soc: '11-9179.00', title: 'Managers $1 {x} \\ "quoted": # all', jobZone: 4 };
        const text = frameworkSkeleton(options);
        assert.deepEqual(
          findingsOf(text, form).filter((f) => f.startsWith('error')),
          [],
        );
        const doc = service.parse(TextDocument.create(`file:///w/x.framework.${form === 'json' ? 'json' : 'md'}`, form, 1, text));
        const value = doc.value as {
          occupation: Record<string, unknown>;
          framework: { version: string; levels: Record<string, { label: string; statements: string[] }> };
          exportedAt: string;
        };
        assert.deepEqual(
          { ...value.occupation },
          {
            soc: '11-9179.00',
            title: 'Managers $1 {x} \\ "quoted": # all',
            group: 'Management',
            sector: '00',
            jobZone: 4,
            jobZoneInferred: false,
          },
        );
        assert.equal(value.exportedAt, '2026-12-06T23:50:00.000Z');
        assert.equal(value.framework.version, 'v.26.12');
        assert.deepEqual(
          Object.entries(value.framework.levels).map(([key, level]) => [key, level.label, level.statements]),
          [
            ['emerging', 'Emerging', ['Emerging headline — what a practitioner at this level does, in one sentence.']],
            ['developing', 'Developing', ['Developing headline — what a practitioner at this level does, in one sentence.']],
            ['proficient', 'Proficient', ['Proficient headline — what a practitioner at this level does, in one sentence.']],
            ['advanced', 'Advanced', ['Advanced headline — what a practitioner at this level does, in one sentence.']],
          ],
        );
      });

      it('stays without errors when the author writes other text into the placeholders', () => {
        const snippet = frameworkSkeletonSnippet({ form, now: NOW, soc: '15-1252.00', title: 'Software Developers', jobZone: null });
        const filled = snippet.replace(/(?<!\\)\$\{(\d+):((?:\\.|[^}\\])*)\}/g, (_m, n: string) =>
          Number(n) <= 5 ? `Written statement ${n} — by the author, with care.` : fillSnippet(_m),
        );
        assert.deepEqual(
          findingsOf(fillSnippet(filled), form).filter((f) => f.startsWith('error')),
          [],
        );
      });
    });
  }

  it('numbers its tab stops from the context and the four first statements, then the fields the author must write', () => {
    assert.deepEqual(tabStops(frameworkSkeletonSnippet({ form: 'json', now: NOW, soc: '11-9179.00', title: 'Chefs', jobZone: 3 })), [
      [6, '00'],
      [1, 'This framework covers the practice of Chefs at four levels.'],
      [2, 'Emerging headline — what a practitioner at this level does, in one sentence.'],
      [3, 'Developing headline — what a practitioner at this level does, in one sentence.'],
      [4, 'Proficient headline — what a practitioner at this level does, in one sentence.'],
      [5, 'Advanced headline — what a practitioner at this level does, in one sentence.'],
      [7, 'v30.2 (CC BY 4.0)'],
      [8, 'https://skillscrosswalk.com'],
      [9, 'Generator'],
      [10, 'Attribution'],
    ]);
    // Without a code or title those become placeholders too; the Markdown `# title` mirrors the front matter's title.
    const markdown = tabStops(frameworkSkeletonSnippet({ form: 'markdown', now: NOW }));
    assert.deepEqual(
      markdown.filter(([, text]) => text === 'Occupation title'),
      [
        [6, 'Occupation title'],
        [6, 'Occupation title'],
      ],
    );
    assert.deepEqual(
      markdown.find(([, text]) => text === '00-0000.00'),
      [7, '00-0000.00'],
    );
  });

  it('indents JSON as asked (tabs for the editor to convert), and ends the snippet after the attribution', () => {
    const snippet = frameworkSkeletonSnippet({ form: 'json', now: NOW, soc: '11-9179.00', title: 'Chefs', jobZone: null, indent: '\t' });
    assert.match(
      snippet,
      /^\{\n\t"schemaVersion": "1\.0",\n\t"exportedAt": "2026-12-06T23:50:00\.000Z",\n\t"occupation": \{\n\t\t"soc": "11-9179\.00",/,
    );
    assert.match(snippet, /\t\t"jobZone": null,\n/);
    assert.match(snippet, /"attribution": "\$\{10:Attribution\}"\$0\n\}\n$/);
  });

  it('fills a snippet: defaults kept, empty stops dropped, escapes resolved', () => {
    assert.equal(fillSnippet('a ${1:b \\} c} $2 ${3} \\$x \\\\ $'), 'a b } c   $x \\ $');
  });

  it('reads the SOC code from a file name, the group from the code, and checks a typed code', () => {
    assert.equal(socOfFileName('file:///w/11-9179.00.framework.json'), '11-9179.00');
    assert.equal(socOfFileName('file:///w/11-9179.00.md'), '11-9179.00');
    assert.equal(socOfFileName('file:///w/chef.framework.json'), undefined);
    assert.equal(occupationGroupOf('19-1029.00'), 'Life, Physical, and Social Science');
    assert.equal(occupationGroupOf('99-1029.00'), undefined);
    assert.deepEqual(checkSocCode(' 11-9179.00 '), { ok: true, majorGroup: 'Management Occupations' });
    assert.deepEqual(checkSocCode('99-0000.00'), { ok: true, majorGroup: undefined });
    assert.deepEqual(checkSocCode('11-9179'), { ok: false, message: 'Write the O*NET-SOC code as NN-NNNN.NN, e.g. 11-9179.00' });
    assert.deepEqual(
      jobZoneChoices().map((c) => c.label),
      [
        '1 · Little or No Preparation',
        '2 · Some Preparation',
        '3 · Medium Preparation',
        '4 · Considerable Preparation',
        '5 · Extensive Preparation',
      ],
    );
  });
});
