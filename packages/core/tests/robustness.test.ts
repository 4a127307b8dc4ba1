import * as ts from 'typescript';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEngine } from '@bindsafe/core';
import { createProgram, virtualRoot } from './helpers/program.js';

const header = `import { pci, device } from '@bindsafe/kernel';\n`;

function run(text: string) {
  const program = createProgram({ 'r.ts': text });
  const sf = program.getSourceFile(join(virtualRoot, 'r.ts'));
  if (!sf) throw new Error('r.ts');
  return getEngine(ts, program).analyzeFile(sf);
}

describe('the engine on hostile input', () => {
  it('skips an expression nested thousands deep with a diagnostic and keeps the rest', () => {
    const deep = Array.from({ length: 5000 }, (_, i) => `n${i % 3}`).join(' + ');
    const r = run(`${header}let saved: unknown;
export const driver: pci.Driver<{}> = { name: 'x', idTable: [], probe(dev) { saved = dev; return {}; } };
export function deep(n0: number, n1: number, n2: number) { return ${deep}; }`);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['no-stored-bound-device']);
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/nested too deeply/)]);
  });

  it('analyses code full of syntax errors without throwing', () => {
    const r = run(`${header}export const driver: pci.Driver<{}> = { probe(dev) { let = ; saved = dev return {} `);
    expect(r.reachesModel).toBe(true);
  });

  it('analyses `any` everywhere without throwing or reporting', () => {
    const r = run(`${header}
const a: any = {}; const b: any = a.b.c(a)(a)[a];
export function f(x: any, y: any) { x.y = y; y.push(x); return x?.z?.(y) ?? b; }`);
    expect(r.findings).toEqual([]);
  });

  it('handles recursion and mutual recursion between helpers', () => {
    const r = run(`${header}let saved: unknown;
function a(d: unknown, n: number): void { if (n > 0) b(d, n - 1); else saved = d; }
function b(d: unknown, n: number): void { a(d, n); }
export const driver: pci.Driver<{}> = { name: 'x', idTable: [], probe(dev) { a(dev, 3); return {}; } };`);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['no-stored-bound-device']);
  });
});

describe('SAFETY comments', () => {
  it('are found after template literals with substitutions', () => {
    const r = run(`${header}
export const label = (n: number): string => \`n=\${n} and \${\`inner \${n}\`}\`;
export function f(handle: device.Device) {
  // SAFETY: called only from probe, while the device is bound.
  const bound = handle.unsafeAsBound();
  return bound.name;
}`);
    expect(r.findings).toEqual([]);
  });
});

describe('gaps found while documenting the rules', () => {
  const gpu = `type Gpu = drm.Driver<{}, { n: number }, {}, 'pci'>;\ndeclare const gpu: Gpu;\n`;
  it('follows the drop at the end of an `await using` block', () => {
    const r = run(`import { pci, drm } from '@bindsafe/kernel';\n${gpu}
export async function replug(dev: pci.Device<import('@bindsafe/kernel').device.Bound>): Promise<void> {
  let handle: drm.Device<Gpu> | undefined;
  {
    await using reg = drm.Registration.new(dev, drm.UnregisteredDevice.new(gpu, dev, {}), { n: 1 }, 0);
    handle = reg.device();
  }
  handle.withUnbindGuard(() => 0);
}`);
    expect(r.findings.map((f) => `${f.ruleId}/${f.messageId}`)).toEqual(['no-unregistered-device-use/useAfterDrop']);
  });

  it('sees Object.assign into the borrowed driver data as a mutation', () => {
    const r = run(`import { pci } from '@bindsafe/kernel';
type Data = { stats: { n: number } };
export const driver: pci.Driver<Data> = { name: 'x', idTable: [],
  probe() { return { stats: { n: 0 } }; },
  unbind(_dev, data) { Object.assign(data.stats, { n: 0 }); } };`);
    expect(r.findings.map((f) => `${f.ruleId}/${f.messageId}`)).toEqual(['no-driver-data-mutation-in-unbind/mutation']);
  });
});

describe('jsDocParserHazard', () => {
  it('names the JSDoc comments that hang TypeScript 6.0’s scanner, and only those', async () => {
    const { jsDocParserHazard } = await import('@bindsafe/core');
    for (const hang of ['/**a-*/\nexport const x = 1;', '/** see foo-*/', '/**a--*/', '/** é-*/', '/**n-fi', '/** Soft-re', 'const s = "x"; /** a-*/']) {
      expect(jsDocParserHazard(ts, 'h.ts', hang), hang).toBeDefined();
    }
    for (const fine of ['/** a- */', '/**a-b*/', '/** -*/', '/**1-*/', '/**n-', '/** Soft-reset the GPU */', '// a-*/', 'const x = 1;']) {
      expect(jsDocParserHazard(ts, 'f.ts', fine), fine).toBeUndefined();
    }
  });
});
