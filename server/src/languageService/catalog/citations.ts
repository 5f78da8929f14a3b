/** Citations every framework may use without defining them (docs/format.md#citations); a file may override them. */

export interface CitationInfo {
  key: string;
  label: string;
  title: string;
  url?: string;
  license?: string;
}

export const BUILTIN_CITATIONS: readonly CitationInfo[] = [
  {
    key: 'onet-30.2',
    label: 'O*NET v30.2',
    title: 'O*NET Resource Center — Occupational Information Network, v30.2 (Sept 2025)',
    url: 'https://www.onetcenter.org/',
    license: 'CC BY 4.0',
  },
  {
    key: 'pathsmith',
    label: 'Pathsmith Durable Skills',
    title: 'Pathsmith Durable Skills Framework — America Succeeds + CompTIA',
  },
  {
    key: 'safi-2026',
    label: 'Jadhav & Danve, 2026',
    title: 'Skill Automation Feasibility Index — Jadhav & Danve, 2026 (arXiv:2604.06906)',
    url: 'https://arxiv.org/abs/2604.06906',
  },
  {
    key: 'wef-2021',
    label: 'WEF Skills Taxonomy',
    title: 'WEF Skills Taxonomy 2021 — Building a Common Language for Skills at Work',
  },
  {
    key: 'aei-2026-03-24',
    label: 'Anthropic Economic Index',
    title: 'Anthropic Economic Index — release_2026_03_24',
  },
];

const byKey = new Map(BUILTIN_CITATIONS.map((c) => [c.key, c]));

export function builtinCitation(key: string): CitationInfo | undefined {
  return byKey.get(key);
}

/** Citation keys: a lowercase letter or digit, then lowercase letters, digits, dots and hyphens. */
export const CITATION_KEY_PATTERN = /^[a-z0-9][a-z0-9.-]*$/;
