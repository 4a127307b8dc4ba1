import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { RuleId, Severity } from '@bindsafe/core';

/** The contents of `bindsafe.config.json` (schema: `schema/bindsafe.config.schema.json`). */
export interface BindsafeConfig {
  readonly rules?: Readonly<Partial<Record<RuleId, Severity>>>;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  readonly safeFunctions?: readonly string[];
  readonly escapingFunctions?: readonly string[];
  readonly unknownCalleesEscape?: boolean;
}

/** The shipped schema; the same path from `src/config/` and `dist/config/`. */
export const configSchemaUrl = new URL('../../schema/bindsafe.config.schema.json', import.meta.url);

/** Deeper than this is no config (it is at most three levels deep). */
const maxConfigDepth = 64;

let validator: ValidateFunction | undefined;

function getValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(configSchemaUrl, 'utf8')) as object;
    validator = new Ajv({ allErrors: false, strict: true, verbose: true }).compile(schema);
  }
  return validator;
}

/**
 * Checks `value` against the config schema. Returns the config, or a one-line description of the
 * first problem that names the offending key (`unknown key "rulez"`, `"rules.x" must be …`).
 */
export function validateConfig(value: unknown): { config: BindsafeConfig } | { problem: string } {
  // Checked first: validation and the messages quoting a value walk it recursively.
  if (nestedDeeperThan(value, maxConfigDepth)) return { problem: `nested more than ${maxConfigDepth} levels deep (a config has at most 3)` };
  const validate = getValidator();
  if (validate(value)) return { config: value as BindsafeConfig };
  const first = validate.errors?.[0];
  return { problem: first ? describeSchemaError(first) : 'does not match the schema' };
}

function describeSchemaError(error: ErrorObject): string {
  const key = keyPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      if (key === 'rules') return `unknown rule "${extra}" in "rules" (see \`bindsafe rules\`)`;
      return key === '' ? `unknown key "${extra}"` : `unknown key "${key}.${extra}"`;
    }
    case 'enum':
      return `"${key}" must be one of ${(params['allowedValues'] as unknown[]).join(', ')} (got ${show(error.data)})`;
    case 'type':
      return key === '' ? 'must be a JSON object' : `"${key}" must be ${article(String(params['type']))} (got ${show(error.data)})`;
    case 'minLength':
      return `"${key}" must not be empty`;
    case 'pattern':
      return `"${key}" must be a function name or \`Class.method\` (got ${show(error.data)})`;
    default:
      return `"${key}" ${error.message ?? 'is invalid'}`;
  }
}

/** `/rules/no-x` → `rules.no-x`; `/include/0` → `include[0]`. */
function keyPath(instancePath: string): string {
  if (instancePath === '') return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc === '' ? part : `${acc}.${part}`), '');
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : String(value); // circular (the API)
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Whether `value` has arrays or objects nested more than `limit` deep, found without recursion
 * (an object seen twice, as in a cycle an API caller built, is walked once).
 */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; depth: number };
    if (top.value === null || typeof top.value !== 'object' || seen.has(top.value)) continue;
    seen.add(top.value);
    const depth = top.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(top.value)) stack.push({ value: child, depth });
  }
  return false;
}
