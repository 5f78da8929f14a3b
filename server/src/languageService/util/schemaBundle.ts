/** zod and the framework schema, bundled on their own (`dist/schemaBundle.js`) and required on first use by `lazyLibraries.ts`. */
export { frameworkSchema } from '../schema/framework';
export { RULE_OPTIONS } from '../config/schema';
