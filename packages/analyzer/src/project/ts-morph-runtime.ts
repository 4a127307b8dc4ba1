import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/**
 * ts-morph and the TypeScript it bundles, loaded with `require`. ts-morph is CommonJS: importing
 * it from ESM makes Node scan its source for export names first, which costs a noticeable part
 * of a short run. Modules use `typescript` for values (`typescript.SyntaxKind`) and
 * `import type { ts } from 'ts-morph'` for types.
 */
const morph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

export const Project: typeof TsMorph.Project = morph.Project;
export const typescript: typeof TsMorph.ts = morph.ts;

/** The classes ts-morph uses (`instanceof`) to tell a missing path from a failing one. */
export const FileNotFoundError = (morph as unknown as Record<string, unknown>)['FileNotFoundError'] as new (
  path: TsMorph.StandardizedFilePath,
) => Error;
export const DirectoryNotFoundError = (morph as unknown as Record<string, unknown>)['DirectoryNotFoundError'] as new (
  path: TsMorph.StandardizedFilePath,
) => Error;
