import ts from 'typescript';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { maxNestingDepth, nestsDeeperThan } from '@bindsafe/core';
import plugin from 'eslint-plugin-bindsafe';
import { runCli } from './helpers/run-cli.js';
import { tempKernelProject } from './helpers/temp-project.js';

// Files that parse but nest deeply enough to overflow TypeScript's binder when the type checker is
// built (which the engine does for every program): before they were found first, the overflow was
// blamed on one file and left the binder corrupt for all the others ("Cannot read properties of
// undefined (reading 'kind')"), so the run analysed nothing.

const model = `import type {} from '@bindsafe/kernel';\n`;

/** A driver that stores the device `probe` receives in a module variable: one finding, line 6. */
const leak = `import type { device, pci } from '@bindsafe/kernel';

let saved: pci.Device<device.Core> | undefined;

export const leakDriver: pci.Driver<object, number> = {
  name: 'leak', idTable: [{ vendor: 1, device: 2, info: 0 }],
  probe(pdev: pci.Device<device.Core>): object {
    saved = pdev;
    return {};
  },
};
export const last = (): unknown => saved;
`;

function elseIfChain(n: number): string {
  const lines = ['export function pick(x: number): number {', '  if (x === 0) return 0;'];
  for (let i = 1; i < n; i++) lines.push(`  else if (x === ${i}) return ${i};`);
  return `${model}${lines.join('\n')}\n  return -1;\n}\n`;
}

const deepFiles = {
  'blocks.ts': `${model}export function f(): void ${'{'.repeat(1500)}${'}'.repeat(1500)}\n`,
  'else-if.ts': elseIfChain(3000),
  'awaits.ts': `${model}export async function g(p: Promise<number>): Promise<number> { return ${'await '.repeat(3000)}p; }\n`,
};

const tooDeep = `nested too deeply for TypeScript's binder (more than ${maxNestingDepth} levels; it would overflow the stack); file skipped`;

describe('files nested too deeply for TypeScript’s binder', () => {
  it('bindsafe analyze leaves each out with a diagnostic naming it and analyses the others', async () => {
    // `leak.ts` sorts after two of them and before one: the binder meets the deep files on both sides.
    const cwd = tempKernelProject({ ...deepFiles, 'leak.ts': leak });
    const run = await runCli(['analyze', '--format', 'json'], { cwd });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number }[]; stats: { filesAnalyzed: number; diagnostics: unknown[] } };
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['no-stored-bound-device', 'src/leak.ts', 8]]);
    expect(report.stats.filesAnalyzed).toBe(1);
    expect(report.stats.diagnostics).toEqual(
      ['src/awaits.ts', 'src/blocks.ts', 'src/else-if.ts'].map((file) => ({ file, message: tooDeep, skipped: true })),
    );
  });

  it('ESLint reports one message on a file too deep to analyse; the other files keep their findings', async () => {
    // 520 nested blocks: past the limit, yet within what typescript-eslint's parser and TypeScript's
    // binder get through (deeper, the parser itself fails on the file with a fatal parsing error).
    const cwd = tempKernelProject({ 'deep.ts': `${model}export function f(): void ${'{'.repeat(520)}${'}'.repeat(520)}\n`, 'leak.ts': leak, 'more.ts': leak });
    const recommended = plugin.configs.recommended;
    const eslint = new ESLint({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [
        {
          ...recommended,
          files: ['**/*.ts'],
          languageOptions: { ...recommended.languageOptions, parserOptions: { ...recommended.languageOptions?.parserOptions, tsconfigRootDir: cwd } },
        } as Linter.Config,
      ],
    });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    const messages = Object.fromEntries(results.map((r) => [r.filePath.slice(cwd.length + 1), r.messages.map((m) => [m.ruleId, m.line, m.message])]));
    expect(messages['src/deep.ts']).toEqual([
      [expect.stringMatching(/^bindsafe\//), 1, `bindsafe: this file is nested too deeply for TypeScript's binder (more than ${maxNestingDepth} levels); it is not analysed`],
    ]);
    for (const file of ['src/leak.ts', 'src/more.ts']) {
      expect(messages[file]).toEqual([['bindsafe/no-stored-bound-device', 8, expect.stringContaining('`pdev`')]]);
    }
  }, 60_000);
});

describe('nestsDeeperThan', () => {
  /** The depth of the tree, binary expressions not counted, by a full walk. */
  function depthOf(sf: ts.SourceFile): number {
    let max = 0;
    const stack: [ts.Node, number][] = [[sf, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [ts.Node, number];
      max = Math.max(max, depth);
      ts.forEachChild(node, (child) => {
        stack.push([child, node.kind === ts.SyntaxKind.BinaryExpression ? depth : depth + 1]);
      });
    }
    return max;
  }

  const shapes: Record<string, (n: number) => string> = {
    blocks: (n) => `${'{'.repeat(n)}${'}'.repeat(n)}`,
    nots: (n) => `x = ${'!'.repeat(n)}y;`,
    decorators: (n) => `${'@'.repeat(n)}d class A {}`,
    unterminated: (n) => `let x: ${'('.repeat(n)}`,
    awaits: (n) => `async () => ${'await '.repeat(n)}p;`,
    chained: (n) => `x${'.f()'.repeat(n)};`,
    ternaries: (n) => `${'b ? 1 : '.repeat(n)}0;`,
    'binary in parens': (n) => `${'1 + ('.repeat(n)}1${')'.repeat(n)};`,
  };

  it('agrees with a full walk of the tree, just below and just above the limit', () => {
    for (const [name, make] of Object.entries(shapes)) {
      for (const n of [20, 60, 150, 250]) {
        const sf = ts.createSourceFile(`${name}.ts`, make(n), ts.ScriptTarget.Latest, false);
        const depth = depthOf(sf);
        for (const limit of [depth - 1, depth]) expect(nestsDeeperThan(ts, sf, limit), `${name} × ${n}, limit ${limit}`).toBe(depth > limit);
      }
    }
  });

  it('does not count a chain of binary expressions, which TypeScript handles without recursion', () => {
    const sf = ts.createSourceFile('sum.ts', `export const s = 1${' + 1'.repeat(20_000)};\n`, ts.ScriptTarget.Latest, false);
    expect(nestsDeeperThan(ts, sf)).toBe(false);
  });
});
