import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { typescript } from '../src/project/ts-morph-runtime.js';
import { applySuppressions } from '../src/suppressions/apply.js';
import { collectComments } from '../src/suppressions/comments.js';
import { parseDirectives } from '../src/suppressions/directives.js';
import { markerEngine } from './helpers/marker-engine.js';
import { tempTsProject } from './helpers/temp-project.js';

function directivesOf(text: string) {
  const sourceFile = typescript.createSourceFile('/x.ts', text, typescript.ScriptTarget.ES2022, true);
  return parseDirectives(sourceFile, collectComments(sourceFile));
}

describe('reading directives', () => {
  it('reads the four kinds, their rules and reasons as ESLint does', () => {
    const directives = directivesOf(
      [
        '// eslint-disable-next-line bindsafe/no-stored-bound-device, no-console -- handle is refreshed',
        'a();',
        'b(); // eslint-disable-line bindsafe/require-safety-comment',
        '/* eslint-disable bindsafe/no-leaked-unbind-guard -- legacy code */',
        '/* eslint-enable bindsafe/no-leaked-unbind-guard */',
        '/* eslint-disable-next-line */',
      ].join('\n'),
    );
    expect(directives.map(({ kind, rules, reason, line }) => ({ kind, rules, reason, line }))).toEqual([
      { kind: 'disable-next-line', rules: ['bindsafe/no-stored-bound-device', 'no-console'], reason: 'handle is refreshed', line: 1 },
      { kind: 'disable-line', rules: ['bindsafe/require-safety-comment'], reason: undefined, line: 2 },
      { kind: 'disable', rules: ['bindsafe/no-leaked-unbind-guard'], reason: 'legacy code', line: 3 },
      { kind: 'enable', rules: ['bindsafe/no-leaked-unbind-guard'], reason: undefined, line: 4 },
      { kind: 'disable-next-line', rules: [], reason: undefined, line: 6 },
    ]);
  });

  it('ignores what ESLint ignores: line-comment disable, multi-line -line directives, text in strings', () => {
    const directives = directivesOf(
      [
        '// eslint-disable bindsafe/no-stored-bound-device',
        '/* eslint-disable-line bindsafe/no-stored-bound-device',
        '   spanning two lines */',
        'const s = "// eslint-disable-line bindsafe/x";',
        'const t = `/* eslint-disable */ ${s}`;',
        'const r = /\\/\\/ eslint-disable-line/;',
        '// eslint-disabled-by-default is not a directive',
      ].join('\n'),
    );
    expect(directives).toEqual([]);
  });

  it('lets eslint-disable-next-line span lines: it covers the line after the comment ends', () => {
    const directives = directivesOf('/* eslint-disable-next-line bindsafe/a --\n   a long reason\n*/\nx();');
    expect(directives.map(({ kind, rules, reason, line }) => ({ kind, rules, reason, line }))).toEqual([
      { kind: 'disable-next-line', rules: ['bindsafe/a'], reason: 'a long reason', line: 3 },
    ]);
  });

  it('finds directives anywhere, including inside empty blocks and at the end of the file', () => {
    const directives = directivesOf('function f() {\n  // eslint-disable-next-line bindsafe/a -- r\n}\n/* eslint-enable */');
    expect(directives.map((d) => d.kind)).toEqual(['disable-next-line', 'enable']);
  });

  it('does not overflow the stack on a deeply nested file', () => {
    const text = `// eslint-disable-next-line bindsafe/a -- r\nconst x = ${'['.repeat(400)}1${']'.repeat(400)};`;
    expect(directivesOf(text)).toHaveLength(1);
  });
});

describe('applying directives', () => {
  const directives = directivesOf(
    [
      '/* eslint-disable -- generated */', // line 0: everything off
      '/* eslint-enable bindsafe/b */', // line 1: b back on
      'x', // line 2
      '/* eslint-enable */', // line 3
      'y', // line 4
    ].join('\n'),
  );
  const at = (ruleId: string, line: number, pos: number) => ({ ruleId, line, pos });

  it('follows disable/enable ranges per rule', () => {
    const outcome = applySuppressions(directives, [at('a', 2, 66), at('b', 2, 66), at('a', 4, 90)]);
    expect(outcome.kept).toEqual([at('b', 2, 66), at('a', 4, 90)]);
    expect(outcome.suppressed).toEqual([at('a', 2, 66)]);
    // The directive names no rule: honoured, never reported.
    expect(outcome.problems).toEqual([]);
  });
});

describe('suppressions in a run', () => {
  const model = `import type {} from '@bindsafe/kernel';\n`;

  async function run(source: string, rules = {}) {
    const cwd = tempTsProject({ 'a.ts': model + source });
    return analyze({ cwd, engine: markerEngine().factory, config: false, rules });
  }

  it('suppresses the next line with a reason and reports nothing else', async () => {
    const result = await run(
      '// eslint-disable-next-line bindsafe/no-stored-bound-device -- a handle, refreshed on rebind\nexport const x = /*@no-stored-bound-device*/ globalThis;\n',
    );
    expect(result.findings).toEqual([]);
    expect(result.stats.suppressedCount).toBe(1);
  });

  it('reports a bindsafe suppression without a reason, at the comment', async () => {
    const result = await run('export const x = /*@no-stored-bound-device*/ globalThis; // eslint-disable-line bindsafe/no-stored-bound-device\n');
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.severity, f.location.line, f.location.column])).toEqual([
      ['suppression', 'missingReason', 'warning', 2, 58],
    ]);
    expect(result.findings[0]?.message).toBe('This suppression of bindsafe/no-stored-bound-device gives no reason; add `-- why it is safe`.');
  });

  it('reports the rules a suppression names but suppresses nothing of', async () => {
    const result = await run(
      '// eslint-disable-next-line bindsafe/no-stored-bound-device, bindsafe/no-leaked-unbind-guard -- both needed?\nexport const x = /*@no-stored-bound-device*/ globalThis;\n',
    );
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.location.line])).toEqual([['suppression', 'unused', 2]]);
    expect(result.findings[0]?.message).toBe('This suppression of bindsafe/no-leaked-unbind-guard suppresses nothing; remove it.');
  });

  it('honours but never reports directives naming no rule or only other plugins', async () => {
    const result = await run(
      [
        '// eslint-disable-next-line',
        'export const a = /*@no-stored-bound-device*/ globalThis;',
        '// eslint-disable-next-line no-console',
        'export const b = 1;',
        '/* eslint-disable @typescript-eslint/no-explicit-any */',
        '',
      ].join('\n'),
    );
    expect(result.findings).toEqual([]);
    expect(result.stats.suppressedCount).toBe(1);
  });

  it('a block disable suppresses until the matching enable', async () => {
    const result = await run(
      [
        '/* eslint-disable bindsafe/no-stored-bound-device -- legacy module, tracked in #12 */',
        'export const a = /*@no-stored-bound-device*/ globalThis;',
        '/* eslint-enable bindsafe/no-stored-bound-device */',
        'export const b = /*@no-stored-bound-device*/ globalThis;',
        '',
      ].join('\n'),
    );
    expect(result.findings.map((f) => [f.ruleId, f.location.line])).toEqual([['no-stored-bound-device', 5]]);
  });

  it('a suppression of a rule that is off suppresses nothing; the suppression rule can be turned off', async () => {
    const source = '// eslint-disable-next-line bindsafe/no-stored-bound-device -- ok\nexport const x = /*@no-stored-bound-device*/ globalThis;\n';
    const off = await run(source, { 'no-stored-bound-device': 'off' });
    expect(off.findings.map((f) => [f.ruleId, f.messageId])).toEqual([['suppression', 'unused']]);
    const quiet = await run(source, { 'no-stored-bound-device': 'off', suppression: 'off' });
    expect(quiet.findings).toEqual([]);
  });

  it('reports nothing in files that do not reach the model', async () => {
    const cwd = tempTsProject({ 'plain.ts': '// eslint-disable-next-line bindsafe/no-stored-bound-device\nexport const x = 1;\n' });
    const result = await analyze({ cwd, engine: markerEngine().factory, config: false });
    expect(result.findings).toEqual([]);
  });
});
