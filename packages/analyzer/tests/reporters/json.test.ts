import { describe, expect, it } from 'vitest';
import { formatJson, toJsonReport } from '../../src/reporters/json.js';
import { sampleResult } from '../helpers/sample-result.js';

describe('json', () => {
  it('matches the documented schema', () => {
    expect(formatJson(sampleResult())).toMatchSnapshot();
  });

  it('has exactly the documented keys, in a stable order', () => {
    const report = toJsonReport(sampleResult());
    expect(Object.keys(report)).toEqual(['version', 'findings', 'stats']);
    expect(report.version).toBe(1);
    expect(Object.keys(report.findings[0] ?? {})).toEqual([
      'ruleId',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'related',
      'fingerprint',
    ]);
    expect(Object.keys(report.findings[0]?.related[0] ?? {})).toEqual(['file', 'line', 'column', 'message']);
    expect(report.stats.diagnostics[0]).toEqual({
      file: 'src/broken.ts',
      line: 3,
      column: 7,
      message: 'syntax error: Expression expected. (TS1109); file skipped',
      skipped: true,
    });
  });

  it('uses 1-based lines and columns and repo-relative POSIX paths', () => {
    const [first] = toJsonReport(sampleResult()).findings;
    expect(first).toMatchObject({ file: 'src/drm/driver.ts', line: 7, column: 3, endLine: 7, endColumn: 24 });
    expect(first?.related[1]).toEqual({ file: 'src/helpers/keep.ts', line: 2, column: 3, message: 'a helper stores it here' });
  });

  it('is byte-for-byte the same for the same result', () => {
    expect(formatJson(sampleResult())).toBe(formatJson(sampleResult()));
  });
});
