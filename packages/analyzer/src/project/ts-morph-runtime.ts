import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

const require = createRequire(import.meta.url);

/**
 * The TypeScript ts-morph bundles, loaded with `require`. ts-morph is CommonJS: importing it from
 * ESM makes Node scan its source for export names first, which costs a noticeable part of a short
 * run. Modules use `typescript` for values (`typescript.SyntaxKind`) and
 * `import type { ts } from 'ts-morph'` for types.
 */
export const typescript: typeof TsMorph.ts = (require('@ts-morph/common') as { ts: typeof TsMorph.ts }).ts;

/**
 * The standard library declarations (`lib.*.d.ts`) that ship inside ts-morph, which keeps them in
 * memory rather than on disk, and the virtual folder ts-morph serves them from. The program is
 * built against these, as a ts-morph `Project` would be.
 */
export const libFolder: string = (require('@ts-morph/common') as { libFolderInMemoryPath: string }).libFolderInMemoryPath;
export const libFiles: ReadonlyMap<string, string> = new Map(
  (require('@ts-morph/common') as { getLibFiles(): readonly { fileName: string; text: string }[] }).getLibFiles().map((lib) => [
    `${libFolder}/${lib.fileName}`,
    lib.text,
  ]),
);
