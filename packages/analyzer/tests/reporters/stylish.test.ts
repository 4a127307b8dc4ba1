import { describe, expect, it } from 'vitest';
import { colourEnabled, palette } from '../../src/reporters/colour.js';
import { formatStylish } from '../../src/reporters/stylish.js';
import { emptyResult, sampleResult } from '../helpers/sample-result.js';

describe('stylish', () => {
  it('groups findings by file with related locations and a summary', () => {
    expect(formatStylish(sampleResult(), { palette: palette(false), cwd: '/repo' })).toMatchSnapshot();
  });

  it('colours severities, paths and the summary when colour is on', () => {
    const text = formatStylish(sampleResult(), { palette: palette(true), cwd: '/repo' });
    expect(text).toMatchSnapshot();
    expect(text).toContain('\u001b[31merror  \u001b[39m');
    expect(text).toContain('\u001b[33mwarning\u001b[39m');
    expect(text).toContain('\u001b[4msrc/drm/driver.ts\u001b[24m');
  });

  it('shows paths relative to the working directory when it is inside the repository', () => {
    const text = formatStylish(sampleResult(), { palette: palette(false), cwd: '/repo/src/drm' });
    expect(text.split('\n')).toContain('driver.ts');
    expect(text).toContain('↳ ../helpers/keep.ts:2:3: a helper stores it here');
  });

  it('prints only the summary for a clean run', () => {
    expect(formatStylish(emptyResult(), { palette: palette(false), cwd: '/repo' })).toBe('✔ no problems · 4 files analysed (2 reach the model)\n');
  });
});

describe('colour', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('tty %s with %j → %s', (isTTY, env, expected) => {
    expect(colourEnabled(isTTY, env)).toBe(expected);
  });
});
