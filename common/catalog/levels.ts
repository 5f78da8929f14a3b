/** Proficiency levels, durable-skill levels and domains, and Job Zones, as NSX names them. */

export interface LevelInfo {
  key: string;
  label: string;
  subtitle?: string;
}

/** The four proficiency levels of `framework.levels` and `aiFluency.levels`, in NSX order. */
export const LEVELS: readonly LevelInfo[] = [
  { key: 'emerging', label: 'Emerging', subtitle: 'Entry / Apprentice' },
  { key: 'developing', label: 'Developing', subtitle: 'Mid-level / Established' },
  { key: 'proficient', label: 'Proficient', subtitle: 'Senior / Expert IC' },
  { key: 'advanced', label: 'Advanced', subtitle: 'Lead / Principal / Executive' },
];
export const LEVEL_KEYS = LEVELS.map((l) => l.key) as ['emerging', 'developing', 'proficient', 'advanced'];

/** The four levels of a durable-skill domain, in NSX order. */
export const DURABLE_LEVELS: readonly LevelInfo[] = [
  { key: 'emerging', label: 'Emerging' },
  { key: 'developing', label: 'Developing' },
  { key: 'applying', label: 'Applying' },
  { key: 'exceeding', label: 'Exceeding' },
];
export const DURABLE_LEVEL_KEYS = DURABLE_LEVELS.map((l) => l.key) as ['emerging', 'developing', 'applying', 'exceeding'];

/** Durable-skill domain names, in NSX order. */
export const DURABLE_DOMAINS = [
  'Communication',
  'Leadership',
  'Metacognition',
  'Critical Thinking',
  'Collaboration',
  'Character',
  'Creativity',
  'Growth Mindset',
  'Mindfulness',
  'Fortitude',
] as const;

/** Job Zone names as NSX shows them, by zone 1–5. */
export const JOB_ZONE_NAMES: Readonly<Record<number, string>> = {
  1: 'Little or No Preparation',
  2: 'Some Preparation',
  3: 'Medium Preparation',
  4: 'Considerable Preparation',
  5: 'Extensive Preparation',
};

export function levelInfo(key: string): LevelInfo | undefined {
  return LEVELS.find((l) => l.key === key);
}

export function durableLevelInfo(key: string): LevelInfo | undefined {
  return DURABLE_LEVELS.find((l) => l.key === key);
}
