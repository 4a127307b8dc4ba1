import { describe, expect, it } from 'vitest';
import { compileGlobs } from '../src/config/glob.js';

describe('glob matching', () => {
  it.each([
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/sub/a.ts', false],
    ['src/**/*.ts', 'src/a.ts', true],
    ['src/**/*.ts', 'src/x/y/a.ts', true],
    ['**/*.gen.ts', 'a.gen.ts', true],
    ['**/*.gen.ts', 'deep/er/a.gen.ts', true],
    ['**/*.gen.ts', 'a.ts', false],
    ['generated', 'generated/a.ts', true],
    ['generated/', 'generated/x/a.ts', true],
    ['generated', 'src/generated/a.ts', false],
    ['./src/a?.ts', 'src/ab.ts', true],
    ['src/a?.ts', 'src/a/.ts', false],
    ['src/{drm,pci}/**', 'src/pci/x.ts', true],
    ['src/{drm,pci}/**', 'src/usb/x.ts', false],
    ['src/[ab].ts', 'src/b.ts', true],
    ['src/[!ab].ts', 'src/b.ts', false],
    ['src/[!ab].ts', 'src/c.ts', true],
    ['src/a+b(1).ts', 'src/a+b(1).ts', true],
    ['src/a.ts', 'src/aXts', false],
  ])('%s matches %s: %s', (pattern, file, expected) => {
    expect(compileGlobs([pattern])(file)).toBe(expected);
  });

  it('matches when any pattern does', () => {
    const match = compileGlobs(['a/**', 'b/*.ts']);
    expect(match('a/x/y.ts')).toBe(true);
    expect(match('b/y.ts')).toBe(true);
    expect(match('c/y.ts')).toBe(false);
  });
});
