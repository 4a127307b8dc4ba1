import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The model's package: declarations in it are the model's own. */
export const modelPackageName = '@bindsafe/kernel';

/** Where a declaration comes from: its package's name and directory. */
export interface PackageOf {
  readonly name: string;
  readonly dir: string;
}

/**
 * Finds the package a file belongs to: the `name` of the nearest `package.json` above it,
 * cached per directory. Works alike for workspace sources (`packages/kernel/src/*.ts`) and for
 * declarations installed under `node_modules` (`…/@bindsafe/kernel/dist/*.d.ts`).
 */
export function createPackageLookup(): (fileName: string) => PackageOf | undefined {
  const byDir = new Map<string, PackageOf | null>();
  const lookup = (dir: string): PackageOf | null => {
    const cached = byDir.get(dir);
    if (cached !== undefined) return cached;
    let found: PackageOf | null = null;
    try {
      const name: unknown = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name;
      if (typeof name === 'string') found = { name, dir };
    } catch {
      const parent = path.dirname(dir);
      found = parent === dir ? null : lookup(parent);
    }
    byDir.set(dir, found);
    return found;
  };
  return (fileName) => lookup(path.dirname(fileName)) ?? undefined;
}
