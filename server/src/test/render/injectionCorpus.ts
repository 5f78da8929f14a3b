/**
 * Test data: a framework whose every string the preview shows carries an injection payload (script,
 * event handlers, `javascript:` and `data:` URLs, CSS breakouts, HTML entities). Any payload that ran
 * would set `window.__pwned` or ask for `https://evil.test/`; the preview must show each as plain text.
 */
import { baseFramework } from '../util';

/** Payloads that end up as text in the page (statements, titles, labels). */
export const TEXT_PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '"><img src="https://evil.test/attr" onerror="window.__pwned = \'attr\'">',
  "'><a href=\"javascript:window.__pwned='a'\">click</a>",
  '</style><script>window.__pwned = "style"</script>',
  '<div style="background:url(https://evil.test/css)">css</div>',
  '<style>@import url(https://evil.test/import.css); body{background:url(https://evil.test/bg)}</style>',
  '<iframe src="data:text/html,<script>parent.__pwned=1</script>"></iframe>',
  '<link rel="stylesheet" href="https://evil.test/link.css">',
  '&lt;script&gt;window.__pwned = "entity"&lt;/script&gt; &amp; &#x3C;b&#x3E;',
  '{{constructor.constructor("window.__pwned = 1")()}}',
];

/** Citation URLs: none of these may become a link (only http/https may), and none may be fetched. */
export const URL_PAYLOADS = [
  'javascript:window.__pwned = "href"',
  'JaVaScRiPt:window.__pwned = "href2"',
  ' javascript:window.__pwned = "href3"',
  'data:text/html,<script>window.__pwned = "data"</script>',
  'vbscript:msgbox(1)',
  '//evil.test/protocol-relative',
];

/** An http(s) URL that breaks out of its attribute if unescaped; it may be a link, to exactly itself. */
export const BREAKOUT_URL = 'https://example.org/"><img src=x onerror="window.__pwned=\'url\'">';

/** The parts of the base framework that the corpus writes into. */
interface WritableFramework {
  occupation: Record<string, unknown>;
  framework: { contextCovered?: string; description?: string; levels: Record<string, { statements: string[] }> };
  sources: Record<string, unknown>;
  [key: string]: unknown;
}

/** The framework value holding every payload in statements, titles, labels and URLs. */
export function injectionFramework(): Record<string, unknown> {
  const f = baseFramework() as unknown as WritableFramework;
  f.occupation.title = `Title ${TEXT_PAYLOADS[0]}`;
  f.occupation.group = TEXT_PAYLOADS[5];
  f.framework.contextCovered = TEXT_PAYLOADS[6];
  f.framework.description = TEXT_PAYLOADS[10];
  const levels = ['emerging', 'developing', 'proficient', 'advanced'];
  TEXT_PAYLOADS.forEach((p, i) => f.framework.levels[levels[i % 4]].statements.push(`Headline ${p} — body ${p}.`));
  const citations: Record<string, unknown> = {};
  const urls = [...URL_PAYLOADS, BREAKOUT_URL];
  urls.forEach((url, i) => {
    citations[`c${i}`] = {
      label: TEXT_PAYLOADS[i % TEXT_PAYLOADS.length],
      title: TEXT_PAYLOADS[(i + 1) % TEXT_PAYLOADS.length],
      url,
      license: TEXT_PAYLOADS[7],
    };
  });
  f.citations = citations;
  f.aiFluency = {
    levels: Object.fromEntries(
      levels.map((level, l) => [
        level,
        urls.map((_, i) => ({ text: `AI headline ${TEXT_PAYLOADS[(i + l) % TEXT_PAYLOADS.length]} — body.`, cites: [`c${i}`] })),
      ]),
    ),
  };
  f.durableSkills = [{ domain: 'Communication', levels: { emerging: [{ text: `Durable ${TEXT_PAYLOADS[2]} — body`, cites: ['c0'] }] } }];
  f.onetEnrichment = { relatedTitles: [TEXT_PAYLOADS[1]], tasks: [TEXT_PAYLOADS[8]], technology: [TEXT_PAYLOADS[9]] };
  f.evidencePack = {
    wefCluster: { label: TEXT_PAYLOADS[3], id: 'x' },
    safi: { topSkill: TEXT_PAYLOADS[4], score: 50, quadrant: TEXT_PAYLOADS[11], precision: 'high' },
  };
  f.sources.crosswalk = URL_PAYLOADS[0];
  f.attribution = TEXT_PAYLOADS[0];
  return f;
}
