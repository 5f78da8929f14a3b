/** zod and the framework schema, bundled on their own (`dist/schemaBundle.js`) and required on first use by `lazyLibraries.ts`. */
export { frameworkSchema } from '../schema/framework';
