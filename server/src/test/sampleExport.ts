/**
 * A framework file as LER.me exports it (the occupation 11-9179.00, the sources, the attribution) around `framework`:
 * the tests' base framework (util.ts) and the benchmark's generated files (scripts/bench/generate.ts) are both such files.
 * It imports nothing: the benchmark loads the language service bundled, as it ships, and must not load it again from here.
 */
export function sampleExport<F>(framework: F) {
  return {
    schemaVersion: '1.0',
    exportedAt: '2026-05-15T11:22:18.285Z',
    occupation: {
      soc: '11-9179.00',
      title: 'Personal Service Managers, All Other',
      group: 'Management',
      sector: '92',
      jobZone: 4,
      jobZoneInferred: true,
    },
    framework,
    sources: { onet: 'v30.2 (CC BY 4.0)', crosswalk: 'https://skillscrosswalk.com', generator: 'LER.me' },
    attribution: '© EBSCOed',
  };
}
