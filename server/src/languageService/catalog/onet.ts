/** O*NET 30 content-model names (Skills, Knowledge, Abilities, Work Styles) for completion, hover and checks. */
import { ONET_ELEMENTS } from './onetData';

export type OnetCategory = keyof typeof ONET_ELEMENTS;

/** How NSX and O*NET name each category. */
export const ONET_CATEGORY_NAMES: Readonly<Record<OnetCategory, string>> = {
  skill: 'O*NET 30 Skill',
  knowledge: 'Knowledge',
  ability: 'Ability',
  workStyle: 'Work Style',
};

/** Each category's names, as a list is titled ("Skills", "Knowledge areas", …). */
export const ONET_CATEGORY_PLURALS: Readonly<Record<OnetCategory, string>> = {
  skill: 'Skills',
  knowledge: 'Knowledge areas',
  ability: 'Abilities',
  workStyle: 'Work Styles',
};

/** Which `onetEnrichment` list holds names of which category. */
export const ONET_LIST_CATEGORY: Readonly<Record<string, OnetCategory>> = {
  skills: 'skill',
  knowledge: 'knowledge',
  abilities: 'ability',
  workStyles: 'workStyle',
};

// Frozen: the catalog never changes, so what is derived from a list (did-you-mean's lower-cased names) is made once.
for (const names of Object.values(ONET_ELEMENTS)) Object.freeze(names);

export function onetNames(category: OnetCategory): readonly string[] {
  return ONET_ELEMENTS[category];
}

const categoryOf = new Map<string, OnetCategory>();
for (const [category, names] of Object.entries(ONET_ELEMENTS) as [OnetCategory, readonly string[]][]) {
  for (const name of names) if (!categoryOf.has(name)) categoryOf.set(name, category);
}

/** The category of an O*NET name, or undefined for a name not in the catalog. */
export function onetCategoryOf(name: string): OnetCategory | undefined {
  return categoryOf.get(name);
}

let nameSets: Map<OnetCategory, ReadonlySet<string>> | undefined;

export function isOnetName(category: OnetCategory, name: string): boolean {
  // Built on first use: most documents have no O*NET lists.
  nameSets ??= new Map((Object.keys(ONET_ELEMENTS) as OnetCategory[]).map((c) => [c, new Set<string>(ONET_ELEMENTS[c])]));
  return nameSets.get(category)!.has(name);
}
