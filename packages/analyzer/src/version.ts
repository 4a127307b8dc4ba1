import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The analyzer's version, read from its package.json (the same path from `src/` and `dist/`). */
export function toolVersion(): string {
  if (cached === undefined) {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
    cached = typeof version === 'string' ? version : '0.0.0';
  }
  return cached;
}

export const toolName = 'bindsafe';
export const toolInformationUri = 'https://github.com/bindsafe/bindsafe';
