import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingRecords, type FindingRecord } from '../../analyzer/src/index.js';
import { fixtureDir } from './rule-tester.js';

/** What a RuleTester case says about one rule: its code, the positions it must report, its settings. */
export interface AgreementCase {
  readonly code: string;
  readonly name?: string;
  readonly errors?: readonly { readonly line?: number; readonly column?: number }[];
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** Where the cases are written: beside the fixture project, so `@bindsafe/kernel` resolves the same way. */
const scratchRoot = join(fixtureDir, '..', '.agreement');

/** The analyzer's config for a case's ESLint `settings.bindsafe` (the options both front ends share). */
function configOf(settings: AgreementCase['settings']): { unknownCalleesEscape?: boolean } {
  const shared = (settings?.['bindsafe'] ?? {}) as { unknownCalleesEscape?: boolean };
  return shared.unknownCalleesEscape !== undefined ? { unknownCalleesEscape: shared.unknownCalleesEscape } : {};
}

/**
 * The second front end on a rule's RuleTester cases: every case is written as a module of a copy of
 * the fixture project (its helper modules included), `bindsafe analyze` runs on that project once per
 * distinct settings, and each case must get exactly the positions its RuleTester case expects for
 * `ruleId` (none for a valid case). So every RuleTester case is also an agreement test of the two
 * front ends.
 */
export function describeCasesThroughAnalyzer(ruleId: string, cases: readonly AgreementCase[]): void {
  describe('bindsafe analyze agrees on every case', () => {
    let dir = '';
    const found = new Map<string, FindingRecord[]>();

    beforeAll(async () => {
      mkdirSync(scratchRoot, { recursive: true });
      dir = mkdtempSync(join(scratchRoot, `${ruleId}-`));
      for (const f of readdirSync(fixtureDir)) if (f.endsWith('.helpers.ts')) copyFileSync(join(fixtureDir, f), join(dir, f));
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: '../../../../../tsconfig.base.json', compilerOptions: { noEmit: true, noUnusedLocals: false }, include: ['*.ts'] }),
      );
      const groups = new Map<string, number[]>();
      cases.forEach((c, i) => {
        const key = JSON.stringify(configOf(c.settings));
        groups.set(key, [...(groups.get(key) ?? []), i]);
      });
      for (const [key, indices] of groups) {
        for (const f of readdirSync(dir)) if (f.startsWith('case_')) rmSync(join(dir, f));
        for (const i of indices) writeFileSync(join(dir, `case_${i}.ts`), cases[i]?.code ?? '');
        const records = await findingRecords(join(dir, 'tsconfig.json'), {
          cwd: dir,
          root: dir,
          eslintRulesOnly: true,
          config: JSON.parse(key) as object,
        });
        for (const r of records) {
          const list = found.get(r.file) ?? [];
          list.push(r);
          found.set(r.file, list);
        }
      }
    }, 240_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it.each(cases.map((c, i) => [c.name ?? c.code.split('\n')[1] ?? `case ${i}`, i] as const))('%s', (_name, i) => {
      const c = cases[i];
      const actual = (found.get(`case_${i}.ts`) ?? [])
        .filter((r) => r.ruleId === ruleId)
        .map((r) => `${r.line}:${r.column}`)
        .sort();
      const expected = (c?.errors ?? []).map((e) => `${e.line ?? '?'}:${e.column ?? '?'}`).sort();
      expect(actual).toEqual(expected);
    });
  });
}
