/** The `yaml` package, bundled on its own (`dist/yamlBundle.js`) and required on first use by `lazyLibraries.ts`. */
export * as yaml from 'yaml';
