import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// One type-test file per item of model.md "What tsc must reject". They are compiled by
// `tsc -p packages/kernel` (an unneeded `@ts-expect-error` fails it); this test notices a
// deleted or emptied file.
const items = [
  'core-only-calls-on-bound-or-normal.ts',
  'guard-on-unregistered-or-uninit.ts',
  'bound-only-calls-on-normal.ts',
  'normal-where-bound-required.ts',
  'unbind-guard-on-uninit.ts',
  'registered-where-unregistered-required.ts',
  'mixing-bus-device-types.ts',
  'ioctl-handler-wrong-argument-types.ts',
  'bound-device-by-hand.ts',
];

const dir = fileURLToPath(new URL('./types/', import.meta.url));

describe('type tests', () => {
  it('has one file per rejected misuse', () => {
    const files = readdirSync(dir).filter((name) => name !== 'fixtures.ts');
    expect(files.sort()).toEqual([...items].sort());
  });

  it.each(items)('%s rejects at least one misuse and accepts the correct use', (name) => {
    const text = readFileSync(dir + name, 'utf8');
    const expected = text.match(/@ts-expect-error/g) ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const code = text
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    expect(code.trim().length).toBeGreaterThan(0);
  });
});
