/**
 * The framework schema's patterns (docs/format.md#required-fields), in a module of their own: the schema (framework.ts) uses them,
 * and so does code that must not load zod to read an SOC code.
 */
export const SOC_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;
export const VERSION_PATTERN = /^v\.\d{2}\.(0[1-9]|1[0-2])$/;
export const CIP_PATTERN = /^\d{2}\.\d{4}$/;
export const SNAKE_CASE_PATTERN = /^[a-z0-9]+(_[a-z0-9]+)*$/;
