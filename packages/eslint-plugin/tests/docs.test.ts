/**
 * The rule documentation stays true (architecture.md: "a test checks that every rule has docs and
 * that the ❌/✅ examples in the docs really report / don't").
 *
 * - Every rule of the plugin's `rules` export, and the analyzer's own `type-contract`, has
 *   docs/rules/<id>.md with the clippy-style headings in order, and a row in docs/rules/README.md
 *   that agrees with the catalogue (precision, recommended, front ends).
 * - Every plugin rule's `meta.docs.url` points at its page.
 * - Every ```ts block under `## Example` and `## Use instead` is a complete module that
 *   type-checks against the model (one TypeScript program over all blocks), and, linted with
 *   `configs.recommended` (one ESLint run, typed through the project service): every Example block
 *   reports the page's rule at least once, and every Use-instead block reports nothing at all.
 *   For `type-contract` (a tsc check, not an ESLint rule) the Example block must have a tsc error
 *   and the Use-instead block none.
 *
 * The blocks are written for the length of the run to a fresh `.run-*` directory under
 * tests/docs-fixture/ (its tsconfig extends tests/docs-fixture/tsconfig.json), so parallel runs do
 * not meet, and the package's own `tsc -p` (whose globs skip dot-directories) never sees them. Set
 * `BINDSAFE_SHOW_FINDINGS=1` to print what ESLint and tsc say about every block.
 */
import { ESLint, type Linter } from 'eslint';
import ts from 'typescript';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRule, ruleIds, type RuleId } from '@bindsafe/core';
import plugin, { rules } from '../src/index.js';

const testsDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(testsDir, '../../..');
const docsDir = join(repoRoot, 'docs', 'rules');
const docsFixtureDir = join(testsDir, 'docs-fixture');

/** The `##` headings every rule page has, in this order (clippy's, plus flow levels, options, precision). */
const requiredHeadings = [
  'What it does',
  'Why is this bad',
  'Known problems',
  'Example',
  'Use instead',
  'Flow levels',
  'Options',
  'Precision',
] as const;

type CodeSection = 'Example' | 'Use instead';
const codeSections: readonly string[] = ['Example', 'Use instead'] satisfies readonly CodeSection[];

/** The rule only the analyzer reports: its examples are judged by tsc, not by ESLint. */
const tscRule = 'type-contract';

/** Every documented rule: the plugin's rules, then `type-contract`. */
const documentedIds: readonly string[] = [...Object.keys(rules), tscRule];

interface CodeBlock {
  readonly ruleId: string;
  readonly section: CodeSection;
  /** 1-based, within its section. */
  readonly index: number;
  /** The line of the page the code starts on (after the fence). */
  readonly line: number;
  readonly code: string;
}

interface RulePage {
  readonly id: string;
  readonly file: string;
  readonly h1: readonly string[];
  /** The first paragraph between the title and the first `##` heading. */
  readonly summary: string;
  readonly headings: readonly string[];
  /** Text of each `##` section, by heading. */
  readonly sections: ReadonlyMap<string, string>;
  readonly blocks: readonly CodeBlock[];
  /** Fences in Example / Use instead whose language is not `ts` (they would go unchecked). */
  readonly otherFences: readonly string[];
}

/** Reads a rule page: headings and sections outside code fences, and the code blocks of Example / Use instead. */
function readPage(id: string): RulePage | undefined {
  const file = join(docsDir, `${id}.md`);
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const h1: string[] = [];
  const headings: string[] = [];
  const sections = new Map<string, string[]>();
  const blocks: CodeBlock[] = [];
  const otherFences: string[] = [];
  const summary: string[] = [];
  let section: string | undefined;
  let fence: { lang: string; start: number; body: string[] } | undefined;
  lines.forEach((line, i) => {
    const fenceMatch = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[2] === '') {
        if (section !== undefined && codeSections.includes(section)) {
          if (fence.lang === 'ts') {
            const index = blocks.filter((b) => b.section === section).length + 1;
            blocks.push({ ruleId: id, section: section as CodeSection, index, line: fence.start + 1, code: fence.body.join('\n') + '\n' });
          } else {
            otherFences.push(`${section}: \`\`\`${fence.lang} at line ${fence.start}`);
          }
        }
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      if (section !== undefined) sections.get(section)?.push(line);
      return;
    }
    if (fenceMatch) {
      fence = { lang: fenceMatch[2] ?? '', start: i + 1, body: [] };
      if (section !== undefined) sections.get(section)?.push(line);
      return;
    }
    const h1Match = /^# (.+)$/.exec(line);
    if (h1Match) {
      h1.push((h1Match[1] ?? '').trim());
      return;
    }
    const h2Match = /^## (.+)$/.exec(line);
    if (h2Match) {
      section = (h2Match[1] ?? '').trim();
      headings.push(section);
      sections.set(section, []);
      return;
    }
    if (section === undefined) {
      if (h1.length > 0) summary.push(line);
    } else {
      sections.get(section)?.push(line);
    }
  });
  return {
    id,
    file,
    h1,
    summary: summary.join('\n').trim(),
    headings,
    sections: new Map([...sections].map(([k, v]) => [k, v.join('\n')])),
    blocks,
    otherFences,
  };
}

const pages = new Map(documentedIds.map((id) => [id, readPage(id)] as const));
const blocks = [...pages.values()].flatMap((p) => p?.blocks ?? []);

function blockName(b: CodeBlock): string {
  return `docs/rules/${b.ruleId}.md, ${b.section} block ${b.index} (line ${b.line})`;
}

/**
 * The 1-based lines a ❌ example says are reported: a line with a ❌ marks itself, except a line
 * that is only a `// ❌ …` comment, which marks the line after it.
 */
function markedLines(code: string): number[] {
  const lines = code.split('\n');
  const marked = new Set<number>();
  lines.forEach((line, i) => {
    if (!line.includes('❌')) return;
    marked.add(/^\s*\/\/ ❌/.test(line) ? i + 2 : i + 1);
  });
  return [...marked].sort((x, y) => x - y);
}

function blockFileName(b: CodeBlock): string {
  return `__doc_${b.ruleId}_${b.section === 'Example' ? 'example' : 'use-instead'}_${b.index}.ts`;
}

// ---------------------------------------------------------------------------------------------
// One ESLint run and one TypeScript program over every block.
// ---------------------------------------------------------------------------------------------

let runDir = '';
const lintMessages = new Map<CodeBlock, Linter.LintMessage[]>();
const typeErrors = new Map<CodeBlock, string[]>();

function lintConfig(dir: string): Linter.Config[] {
  const recommended = plugin.configs.recommended;
  return [
    {
      ...(recommended as Linter.Config),
      files: ['**/*.ts'],
      languageOptions: {
        ...(recommended.languageOptions as Linter.LanguageOptions),
        parserOptions: {
          ...(recommended.languageOptions?.parserOptions as Linter.ParserOptions | undefined),
          projectService: true,
          tsconfigRootDir: dir,
        },
      },
    },
  ];
}

function typeCheck(dir: string, files: readonly string[]): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('cannot read the docs fixture tsconfig');
  const program = ts.createProgram({ rootNames: [...files], options: config.options });
  return new Map(
    files.map((file) => {
      const sf = program.getSourceFile(file);
      if (!sf) return [file, [`${file} is not in the program`]];
      const errors = ts.getPreEmitDiagnostics(program, sf).map((d) => {
        const line = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
        return `line ${line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      });
      return [file, errors];
    }),
  );
}

beforeAll(async () => {
  runDir = mkdtempSync(join(docsFixtureDir, '.run-'));
  writeFileSync(join(runDir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['*.ts'] }, null, 2) + '\n');
  const fileOf = new Map<string, CodeBlock>();
  for (const b of blocks) {
    const file = join(runDir, blockFileName(b));
    writeFileSync(file, b.code);
    fileOf.set(file, b);
  }
  if (fileOf.size === 0) return;
  const eslint = new ESLint({ cwd: runDir, overrideConfigFile: true, overrideConfig: lintConfig(runDir) });
  for (const result of await eslint.lintFiles([...fileOf.keys()].map((f) => basename(f)))) {
    const b = fileOf.get(result.filePath);
    if (b) lintMessages.set(b, result.messages);
  }
  for (const [file, errors] of typeCheck(runDir, [...fileOf.keys()])) {
    const b = fileOf.get(file);
    if (b) typeErrors.set(b, errors);
  }
  if (process.env['BINDSAFE_SHOW_FINDINGS']) {
    for (const b of blocks) {
      console.log(`${blockName(b)}\n${describeMessages(lintMessages.get(b) ?? [])}\n${(typeErrors.get(b) ?? []).map((e) => `  ${e}`).join('\n')}`);
    }
  }
}, 120_000);

afterAll(() => {
  if (runDir) rmSync(runDir, { recursive: true, force: true });
});

function describeMessages(messages: readonly Linter.LintMessage[]): string {
  return messages.map((m) => `  ${m.line}:${m.column} ${m.ruleId ?? '(no rule)'}: ${m.message}`).join('\n');
}

// ---------------------------------------------------------------------------------------------

describe('every rule has a page', () => {
  it('documents every rule of the catalogue: the plugin rules and type-contract', () => {
    expect([...documentedIds].sort()).toEqual([...ruleIds].sort());
  });

  it.each(documentedIds)('docs/rules/%s.md has the title, a summary and the headings in order', (id) => {
    const page = pages.get(id);
    expect(page, `docs/rules/${id}.md is missing`).toBeDefined();
    if (!page) return;
    expect(page.h1).toEqual([`bindsafe/${id}`]);
    expect(page.summary, 'a one-line summary under the title').not.toBe('');
    expect(page.summary.split('\n'), 'a one-line summary under the title').toHaveLength(1);
    expect(page.headings).toEqual([...requiredHeadings]);
    for (const h of requiredHeadings) expect(page.sections.get(h)?.trim(), `## ${h} is empty`).not.toBe('');
  });

  it.each(documentedIds)('docs/rules/%s.md has ts blocks under Example and Use instead, each a module importing the model', (id) => {
    const page = pages.get(id);
    expect(page, `docs/rules/${id}.md is missing`).toBeDefined();
    if (!page) return;
    expect(page.otherFences, 'Example / Use instead hold only ```ts blocks').toEqual([]);
    for (const section of codeSections) {
      const inSection = page.blocks.filter((b) => b.section === section);
      expect(inSection.length, `## ${section} has a \`\`\`ts block`).toBeGreaterThan(0);
      for (const b of inSection) {
        expect(b.code.split('\n')[0], `${blockName(b)} starts with an import from the model`).toMatch(
          /^import (type )?\{[^}]*\} from '@bindsafe\/kernel';$/,
        );
      }
    }
  });

  it.each(documentedIds)('docs/rules/%s.md states the precision tier of the catalogue', (id) => {
    const page = pages.get(id);
    expect(page, `docs/rules/${id}.md is missing`).toBeDefined();
    if (!page) return;
    const tier = describeRule(id as RuleId).precision;
    expect(page.sections.get('Precision') ?? '').toContain(`**${tier}**`);
  });

  // The rules the held-out suite measures: every rule of the engine (not `suppression`, whose
  // directives are text, nor the analyzer's `type-contract`, which rewords tsc's own errors).
  const measuredIds = documentedIds.filter((id) => id !== 'suppression' && describeRule(id as RuleId).inEslint);
  const minimumPrecision: Readonly<Record<string, number>> = { 'very-high': 98, high: 90, medium: 0 };

  it.each(measuredIds)('docs/rules/%s.md: the tier claims no more than the held-out figures of its Precision block', (id) => {
    const section = pages.get(id)?.sections.get('Precision') ?? '';
    const block = /<!-- precision:start -->([\s\S]*?)<!-- precision:end -->/.exec(section)?.[1] ?? '';
    // | front end | **all** | TP | FP | FN | precision | recall |
    const totals = [...block.matchAll(/^\| (\w[\w-]*) \| \*\*all\*\* \| (\d+) \| (\d+) \| (\d+) \| ([\d.]+)% \|/gm)];
    expect(totals.map((m) => m[1]).sort(), 'a total row per front end').toEqual(['analyzer', 'eslint']);
    const floor = minimumPrecision[describeRule(id as RuleId).precision] ?? 100;
    for (const m of totals) {
      const [tp, fp] = [Number(m[2]), Number(m[3])];
      expect(tp, `${m[1]}: the held-out suite has findings of this rule`).toBeGreaterThan(0);
      expect((100 * tp) / (tp + fp), `${m[1]}: held-out precision of ${id}`).toBeGreaterThanOrEqual(floor);
    }
  });

  it.each(Object.keys(rules))("bindsafe/%s: meta.docs.url points at its page", (id) => {
    const rule = rules[id as keyof typeof rules];
    expect(rule.meta.docs?.url).toMatch(new RegExp(`(^|/)docs/rules/${id}\\.md$`));
  });
});

describe('docs/rules/README.md', () => {
  const readme = join(docsDir, 'README.md');
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '';

  it.each(documentedIds)('has a row for %s that links its page and agrees with the catalogue', (id) => {
    const rule = describeRule(id as RuleId);
    const row = text.split('\n').find((line) => line.startsWith('|') && line.includes(`](${id}.md)`));
    expect(row, `a table row linking ${id}.md`).toBeDefined();
    const cells = (row ?? '').split('|').map((c) => c.trim());
    // | [`id`](id.md) | finds | precision | recommended | front ends |
    expect(cells[3]).toBe(rule.precision);
    expect(cells[4]?.startsWith(rule.recommended ? 'yes' : 'no')).toBe(true);
    expect(cells[5]?.includes('ESLint')).toBe(rule.inEslint);
    expect(cells[5]?.includes('bindsafe analyze')).toBe(true);
  });
});

describe('the examples of the docs', () => {
  const examples = blocks.filter((b) => b.ruleId !== tscRule && b.section === 'Example');
  const fixes = blocks.filter((b) => b.section === 'Use instead');

  it.each(blocks.map((b) => [blockName(b), b] as const))('%s type-checks against the model', (_name, b) => {
    const errors = typeErrors.get(b);
    expect(errors, 'not type-checked').toBeDefined();
    if (b.ruleId === tscRule && b.section === 'Example') {
      expect(errors?.length ?? 0, 'the ❌ example of type-contract is a tsc error').toBeGreaterThan(0);
    } else {
      expect(errors).toEqual([]);
    }
  });

  it.each(examples.map((b) => [blockName(b), b] as const))('%s reports its rule', (_name, b) => {
    const messages = lintMessages.get(b);
    expect(messages, 'not linted').toBeDefined();
    const fatal = (messages ?? []).filter((m) => m.fatal === true || m.ruleId === null);
    expect(describeMessages(fatal), 'parse errors or unused disable directives').toBe('');
    const own = (messages ?? []).filter((m) => m.ruleId === `bindsafe/${b.ruleId}`);
    expect(own.length, `bindsafe/${b.ruleId} reports the ❌ example; ESLint said:\n${describeMessages(messages ?? [])}`).toBeGreaterThan(0);
  });

  it.each(blocks.filter((b) => b.section === 'Example').map((b) => [blockName(b), b] as const))(
    '%s is reported exactly on the lines its ❌ markers name',
    (_name, b) => {
      const found =
        b.ruleId === tscRule
          ? (typeErrors.get(b) ?? []).map((e) => Number(/^line (\d+):/.exec(e)?.[1] ?? 0))
          : (lintMessages.get(b) ?? []).filter((m) => m.ruleId === `bindsafe/${b.ruleId}`).map((m) => m.line);
      expect([...new Set(found)].sort((x, y) => x - y)).toEqual(markedLines(b.code));
    },
  );

  it.each(fixes.map((b) => [blockName(b), b] as const))('%s reports nothing', (_name, b) => {
    const messages = lintMessages.get(b);
    expect(messages, 'not linted').toBeDefined();
    expect(describeMessages(messages ?? []), 'the ✅ example has no finding').toBe('');
  });
});
