import { describe, expect, it } from 'vitest';
import { analyze } from './helpers/program.js';

// Mutually recursive helpers are summarised to a fixpoint: what one of them does with its
// parameter is known to the others whichever of them is called first.

const helpers = `let saved: unknown;
export function a(d: object, n: number): void { if (n > 0) b(d, n - 1); }
export function b(d: object, n: number): void { if (n > 0) a(d, n - 1); else saved = d; }
`;
const driver = (name: string, call: string) =>
  `export const ${name}: pci.Driver<{}> = { name: '${name}', idTable: [], probe(dev) { ${call}; return {}; } };\n`;

function storesAt(body: string): number[] {
  return analyze({ 'main.ts': `import type { pci } from '@bindsafe/kernel';\n${body}` })
    .filter((f) => f.ruleId === 'no-stored-bound-device')
    .map((f) => f.line);
}

describe('summaries of mutually recursive helpers', () => {
  it('each call is reported, whichever helper of the cycle is summarised first', () => {
    expect(storesAt(`${helpers}${driver('first', 'b(dev, 1)')}${driver('second', 'a(dev, 1)')}`)).toEqual([5, 6]);
    expect(storesAt(`${helpers}${driver('first', 'a(dev, 1)')}${driver('second', 'b(dev, 1)')}`)).toEqual([5, 6]);
  });

  it('a cycle whose members only borrow still borrows', () => {
    const borrowing = `export function a(d: object, n: number): void { if (n > 0) b(d, n - 1); }
export function b(d: object, n: number): void { if (n > 0) a(d, n - 1); }
`;
    expect(storesAt(`${borrowing}${driver('first', 'b(dev, 1)')}${driver('second', 'a(dev, 1)')}`)).toEqual([]);
  });
});
