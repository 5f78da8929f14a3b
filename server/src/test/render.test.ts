/** The preview renderer: page structure, keyed sections, anchors, escaping and safe links. */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { firstBlockingError, renderBody, renderFramework, renderStandaloneHtml } from '../languageService/render';
import { frameworkText, parse } from './util';

const render = (patch: Parameters<typeof frameworkText>[0] = {}) => renderFramework(parse(frameworkText(patch)));
const html = (patch: Parameters<typeof frameworkText>[0] = {}) => renderBody(render(patch));
const section = (key: string, patch: Parameters<typeof frameworkText>[0] = {}) => render(patch).sections.find((s) => s.key === key)?.html;

describe('preview renderer', () => {
  it('renders the page in NSX order as keyed sections with real headings and lists', () => {
    const r = render({
      aiFluency: { levels: { emerging: [{ text: 'Drafting — uses AI tools.', cites: [] }] } },
      evidencePack: { wefCluster: { label: 'Human-Technology Interaction', id: 'human_technology_interaction' } },
      durableSkills: [{ domain: 'Leadership', levels: { emerging: [{ text: 'Delegation — assigns tasks', cites: ['pathsmith'] }] } }],
      onetEnrichment: { skills: ['Speaking'], tasks: ['Prepare budgets.'] },
    });
    assert.deepEqual(
      r.sections.map((s) => s.key),
      [
        'header',
        'level:emerging',
        'level:developing',
        'level:proficient',
        'level:advanced',
        'ai-fluency',
        'evidence',
        'durable',
        'durable:0',
        'enrichment',
        'sources',
      ],
    );
    assert.equal(r.title, 'Personal Service Managers, All Other');
    const header = r.sections[0].html;
    assert.match(header, /^<header class="page-header"><h1 data-anchor="occupation\/title">Personal Service Managers, All Other<\/h1>/);
    assert.match(
      header,
      /<span class="job-zone"[^>]*>Job Zone 4 · Considerable Preparation<\/span><span class="badge"[^>]*>Sibling-inferred<\/span>/,
    );
    assert.equal(
      section('level:emerging', {}),
      '<section class="level" aria-labelledby="level-emerging"><h2 id="level-emerging" data-anchor="framework/levels/emerging">Emerging</h2>' +
        '<div class="subtitle">Entry / Apprentice</div><ol class="statements" role="list">' +
        '<li class="stmt" data-anchor="framework/levels/emerging/statements/0"><span class="num">  1. </span><strong class="headline">Emerging headline one</strong><span class="body">body of emerging statement one.</span></li>' +
        '<li class="stmt" data-anchor="framework/levels/emerging/statements/1"><span class="num">  2. </span><strong class="headline">Emerging headline two</strong><span class="body">body of emerging statement two.</span></li>' +
        '</ol></section>',
    );
    assert.match(
      r.sections[8].html,
      /<h3 data-anchor="durableSkills\/0"><span class="domain-num">2<\/span><span class="domain">Leadership<\/span><span class="count">1 statement<\/span><\/h3>/,
    );
    assert.match(
      r.sections.at(-1)!.html,
      /Sources: O\*NET v30\.2 \(CC BY 4\.0\), <a href="https:\/\/skillscrosswalk\.com\/">SkillsCrosswalk\.com<\/a>, LER\.me, .*© 2026 EBSCOed\.<\/span>/,
    );
  });

  it('shows "Job Zone —" for a null Job Zone and no badge when the zone is not inferred', () => {
    const header = section('header', { occupation: { jobZone: null, jobZoneInferred: false } })!;
    assert.match(header, />Job Zone —</);
    assert.doesNotMatch(header, /Sibling-inferred/);
  });

  it('places the final period of a cited statement after its chips, and links only http(s) citations', () => {
    const ai = section('ai-fluency', {
      aiFluency: { levels: { developing: [{ text: 'Summaries — condenses documents.', cites: ['safi-2026', 'wef-2021'] }] } },
    })!;
    assert.match(
      ai,
      /^<section class="ai-fluency" aria-label="AI fluency"><p class="intro" data-anchor="aiFluency">How a worker at each mastery level/,
    );
    assert.match(
      ai,
      /<h3 data-anchor="aiFluency\/levels\/developing">Developing<\/h3><ol class="statements" role="list"><li class="stmt" data-anchor="aiFluency\/levels\/developing\/0\/text"><span class="num"> {2}1\. <\/span>Summaries — condenses documents <a class="chip" href="https:\/\/arxiv\.org\/abs\/2604\.06906" title="Skill Automation Feasibility Index — Jadhav &amp; Danve, 2026 \(arXiv:2604\.06906\)" data-cite="safi-2026">Jadhav &amp; Danve, 2026<span class="visually-hidden">Skill Automation Feasibility Index — Jadhav &amp; Danve, 2026 \(arXiv:2604\.06906\)\. Opens in new tab\.<\/span><\/a> <span class="chip" title="WEF Skills Taxonomy 2021 — Building a Common Language for Skills at Work" data-cite="wef-2021">WEF Skills Taxonomy<span class="visually-hidden">WEF Skills Taxonomy 2021 — Building a Common Language for Skills at Work\.<\/span><\/span>\.<\/li>/,
    );
  });

  it('escapes every string from the file: <script>, attribute breakouts, onerror', () => {
    const out = html({
      occupation: { title: '<script>alert(1)</script>' },
      framework: { contextCovered: '<img src=x onerror=alert(1)>' },
      citations: { evil: { label: '"><img src=x onerror=alert(2)>', title: '" onmouseover="alert(3)' } },
      aiFluency: { levels: { emerging: [{ text: 'A — b <b>bold</b>.', cites: ['evil'] }] } },
      onetEnrichment: { technology: ["<svg onload='alert(4)'>"] },
    });
    assert.doesNotMatch(out, /<script|<img|<svg|<b>/);
    assert.match(out, /<h1 data-anchor="occupation\/title">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/h1>/);
    assert.match(out, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(out, /title="&quot; onmouseover=&quot;alert\(3\)"/);
    assert.match(out, /&lt;svg onload=&#39;alert\(4\)&#39;&gt;/);
    // No attribute other than ours: every `on…=` in the output is inside escaped text.
    assert.doesNotMatch(out, /\s on\w+="/);
  });

  it('never links a javascript:, data: or relative URL', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '/relative',
      'ftp://x.org/',
    ]) {
      const out = html({
        citations: { c: { label: 'C', title: 'Citation', url } },
        sources: { crosswalk: url },
        aiFluency: { levels: { emerging: [{ text: 'A — b.', cites: ['c'] }] } },
      });
      assert.doesNotMatch(out, /href=/, url);
      assert.doesNotMatch(out, /<script/, url);
    }
    const ok = html({
      citations: { c: { label: 'C', title: 'T', url: 'https://example.org/a?b="c"' } },
      aiFluency: { levels: { emerging: [{ text: 'A — b.', cites: ['c'] }] } },
    });
    assert.match(ok, /<a class="chip" href="https:\/\/example\.org\/a\?b=%22c%22"/);
  });

  it("keeps a section's HTML unchanged by an edit elsewhere, so an update sends only the changed section", () => {
    const before = render();
    const after = render({
      framework: {
        levels: { developing: { statements: ['Changed — text of it.', 'Developing headline two — body of developing statement two.'] } },
      },
    });
    const changed = after.sections.filter((s, i) => s.html !== before.sections[i].html).map((s) => s.key);
    assert.deepEqual(changed, ['level:developing']);
  });

  it('maps every statement to its source range', () => {
    const text = frameworkText();
    const doc = parse(text);
    const anchor = renderFramework(doc).anchors.find((a) => a.id === 'framework/levels/proficient/statements/1')!;
    assert.equal(text.slice(anchor.start, anchor.end), '"Proficient headline two — body of proficient statement two."');
  });

  it('names the first syntax error of a broken document, and renders a sound one', () => {
    const service = createLanguageService();
    const broken = service.parse(
      TextDocument.create('file:///w/a.framework.json', 'json', 1, '{\n  "schemaVersion": "1.0",\n  "occupation": {\n}'),
    );
    assert.deepEqual(firstBlockingError(broken), { message: 'Expected "}" to close the object', line: 3, character: 1 });
    assert.equal(firstBlockingError(parse(frameworkText())), undefined);
  });

  it('exports a standalone page: inline styles, no scripts, a policy that forbids remote loads', () => {
    const page = renderStandaloneHtml(
      render({ occupation: { title: 'A </style><script>x</script>' } }),
      'body { color: red } /* </style> */',
    );
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(page, /<title>A &lt;\/style&gt;&lt;script&gt;x&lt;\/script&gt;<\/title>/);
    assert.doesNotMatch(page, /<script/i);
    assert.match(page, /<style>body \{ color: red \} \/\* <\\\/style> \*\/<\/style>/);
  });
});
