import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/reporters/github.js';
import { emptyResult, sampleResult } from '../helpers/sample-result.js';

describe('github', () => {
  it('writes one workflow command per finding and skipped file, then a summary', () => {
    expect(formatGithub(sampleResult())).toMatchSnapshot();
  });

  it('puts every finding on one line, whatever its message holds', () => {
    const lines = formatGithub(sampleResult()).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^::error file=src\/drm\/driver\.ts,line=7,col=3,endLine=7,endColumn=24,title=bindsafe\/no-leaked-unbind-guard::/);
    expect(lines[2]).toBe(
      '::error file=src/odd%2C name.ts,line=1,col=25,endLine=1,endColumn=35,title=bindsafe/type-contract::A value at 50%25: first line,%0Asecond line: with a colon%0D%0A',
    );
  });

  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('100% a\r\nb')).toBe('100%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('prints only the summary for a clean run', () => {
    expect(formatGithub(emptyResult())).toBe('bindsafe: no problems · 4 files analysed (2 reach the model)\n');
  });
});
