import { describe, expect, it } from 'vitest';
import { typeErrorsOf } from './type-check.js';
import { imports } from './rule-tester.js';

describe('typeErrorsOf', () => {
  it('accepts code against the model and reports code tsc rejects', () => {
    expect(typeErrorsOf(imports + 'export const n: number = 1;')).toEqual([]);
    expect(typeErrorsOf(imports + 'export const n: number = "x";')).toHaveLength(1);
  });
});
