import type { ts } from 'ts-morph';
import { locate, type LocatedMessage } from '../../src/location.js';
import { typescript } from '../../src/project/ts-morph-runtime.js';
import type { AnalyzeResult, ReportedFinding } from '../../src/result.js';

export const sampleRoot = '/repo';

const driverText = `import { drm } from '@bindsafe/kernel';

let saved: unknown;

export function probe(dev: drm.Device<unknown>): void {
  const guard = dev.unbindGuard();
  saved = guard?.parent;
  // eslint-disable-next-line bindsafe/no-stored-bound-device
  guard?.release();
}
`;

const helperText = `export function keep(value: unknown, into: unknown[]): void {
  into.push(value);
}
`;

const oddText = `export const progress = "50% done";
`;

function sourceFile(name: string, text: string): ts.SourceFile {
  return typescript.createSourceFile(`${sampleRoot}/${name}`, text, typescript.ScriptTarget.ES2022, true);
}

export const sampleFiles = {
  driver: sourceFile('src/drm/driver.ts', driverText),
  helper: sourceFile('src/helpers/keep.ts', helperText),
  odd: sourceFile('src/odd, name.ts', oddText),
};

/** The span of the first occurrence of `snippet` in `file`. */
function spanOf(file: ts.SourceFile, snippet: string, from = 0): { start: number; end: number } {
  const start = file.text.indexOf(snippet, from);
  if (start < 0) throw new Error(`${snippet} not in ${file.fileName}`);
  return { start, end: start + snippet.length };
}

function at(file: ts.SourceFile, snippet: string, message: string): LocatedMessage {
  const { start, end } = spanOf(file, snippet);
  return { ...locate(file, start, end, sampleRoot), message };
}

function finding(
  file: ts.SourceFile,
  snippet: string,
  fields: Omit<ReportedFinding, 'location' | 'suggestions' | 'data' | 'messageId' | 'related' | 'flow'> &
    Partial<Pick<ReportedFinding, 'related' | 'flow' | 'messageId'>>,
): ReportedFinding {
  const { start, end } = spanOf(file, snippet);
  return {
    messageId: 'sample',
    data: {},
    related: [],
    flow: [],
    suggestions: [],
    ...fields,
    location: locate(file, start, end, sampleRoot),
  };
}

/** A result with every reporter feature: related locations, a code flow, a warning, odd text, diagnostics. */
export function sampleResult(): AnalyzeResult {
  const { driver, helper, odd } = sampleFiles;
  return {
    root: sampleRoot,
    findings: [
      finding(driver, 'saved = guard?.parent', {
        ruleId: 'no-leaked-unbind-guard',
        severity: 'error',
        message: '`guard.parent` lives only inside the critical section opened at line 6, but it is stored in the module variable `saved`.',
        related: [at(driver, 'dev.unbindGuard()', 'the critical section opens here'), at(helper, 'into.push(value)', 'a helper stores it here')],
        flow: [at(driver, 'dev.unbindGuard()', 'guard taken'), at(driver, 'guard?.parent', 'parent read'), at(driver, 'saved = guard?.parent', 'stored in a module variable')],
        fingerprint: '0123456789abcdef:1',
      }),
      finding(driver, '// eslint-disable-next-line bindsafe/no-stored-bound-device', {
        ruleId: 'suppression',
        messageId: 'missingReason',
        severity: 'warning',
        message: 'This suppression of bindsafe/no-stored-bound-device gives no reason; add `-- why it is safe`.',
        fingerprint: 'fedcba9876543210:1',
      }),
      finding(odd, '"50% done"', {
        ruleId: 'type-contract',
        severity: 'error',
        message: 'A value at 50%: first line,\nsecond line: with a colon\r\n',
        fingerprint: 'aaaabbbbccccdddd:2',
      }),
    ],
    diagnostics: [
      { file: 'src/broken.ts', line: 3, column: 7, message: 'syntax error: Expression expected. (TS1109); file skipped', skipped: true },
      { file: 'src/eval.ts', message: 'could not follow a value through eval', skipped: false },
    ],
    stats: {
      projects: ['tsconfig.json'],
      filesSelected: 5,
      filesAnalyzed: 4,
      filesReachingModel: 2,
      filesSkipped: 1,
      errorCount: 2,
      warningCount: 1,
      suppressedCount: 1,
      baselinedCount: 0,
      hiddenWarningCount: 0,
    },
  };
}

/** A clean run. */
export function emptyResult(): AnalyzeResult {
  const base = sampleResult();
  return { ...base, findings: [], diagnostics: [], stats: { ...base.stats, errorCount: 0, warningCount: 0, filesSkipped: 0, suppressedCount: 0 } };
}
