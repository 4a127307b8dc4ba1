import * as ts from 'typescript';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEngine } from '@bindsafe/core';
import { createProgram, virtualRoot } from './helpers/program.js';

// A summary is computed from its callees' final summaries however deep the chain of helpers, so
// a finding never depends on the depth, nor on which files are analysed first.

const probe = `import type { pci } from '@bindsafe/kernel';
import { h0 } from './m0.js';
export const driver: pci.Driver<{}> = { name: 'x', idTable: [], probe(dev) { h0(dev); return {}; } };
`;

/** `count` helpers over `modules` modules, each passing its parameter to the next; the last stores it. */
function chain(count: number, modules: number, reachesModel: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  const per = count / modules;
  for (let m = 0; m < modules; m++) {
    const lines: string[] = [];
    if (reachesModel) lines.push(`import type {} from '@bindsafe/kernel';`);
    if (m + 1 < modules) lines.push(`import { h${(m + 1) * per} } from './m${m + 1}.js';`);
    if (m === modules - 1) lines.push('let kept: unknown;');
    for (let i = m * per; i < (m + 1) * per; i++) {
      lines.push(i === count - 1 ? `export function h${i}(d: object): void { kept = d; }` : `export function h${i}(d: object): void { h${i + 1}(d); }`);
    }
    files[`m${m}.ts`] = `${lines.join('\n')}\n`;
  }
  return files;
}

function probeFindings(files: Record<string, string>, analyseFirst: readonly string[]) {
  const program = createProgram(files);
  const engine = getEngine(ts, program);
  const fileOf = (name: string) => {
    const sf = program.getSourceFile(join(virtualRoot, name));
    if (!sf) throw new Error(name);
    return sf;
  };
  for (const name of analyseFirst) engine.analyzeFile(fileOf(name));
  const result = engine.analyzeFile(fileOf('probe.ts'));
  return { rules: result.findings.map((f) => f.ruleId), diagnostics: result.diagnostics.map((d) => d.message) };
}

const found = { rules: ['no-stored-bound-device'], diagnostics: [] };

describe('summaries of deep helper chains', () => {
  for (const reachesModel of [false, true]) {
    const helpers = chain(700, 10, reachesModel);
    const files = { 'probe.ts': probe, ...helpers };
    const label = reachesModel ? 'helpers that import the model' : 'helpers that do not';

    it(`700 helpers across 10 modules (${label}): found analysing only the probe's file`, () => {
      expect(probeFindings(files, [])).toEqual(found);
    });

    it(`700 helpers across 10 modules (${label}): found analysing the whole project, deepest module first`, () => {
      expect(probeFindings(files, Object.keys(helpers).reverse())).toEqual(found);
    });
  }

  it('a helper that cannot be summarised is named in a diagnostic of the file that calls it', () => {
    const deep = `${'1 + ('.repeat(450)}1${')'.repeat(450)}`;
    const files = {
      'probe.ts': probe,
      'm0.ts': `let kept: unknown;\nexport function h0(d: object): number {\n  kept = d;\n  return ${deep};\n}\n`,
    };
    expect(probeFindings(files, [])).toEqual({
      rules: [],
      diagnostics: ['calls to `h0` (m0.ts:2) were taken to borrow their arguments, since it could not be summarised: its body is nested too deeply to analyse'],
    });
  });
});
