import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

interface MorphCommon {
  readonly ts: typeof TsMorph.ts;
  readonly libFolderInMemoryPath: string;
  getLibFiles(): readonly { readonly fileName: string; readonly text: string }[];
}

const common = createRequire(import.meta.url)('@ts-morph/common') as MorphCommon;

/**
 * The TypeScript ts-morph bundles, loaded with `require`. ts-morph is CommonJS: importing it from
 * ESM makes Node scan its source for export names first, which costs a noticeable part of a short
 * run. Modules use `typescript` for values (`typescript.SyntaxKind`) and
 * `import type { ts } from 'ts-morph'` for types.
 */
export const typescript: typeof TsMorph.ts = common.ts;

/**
 * The standard library declarations (`lib.*.d.ts`) that ship inside ts-morph, which keeps them in
 * memory rather than on disk, and the virtual folder ts-morph serves them from. The program is
 * built against these, as a ts-morph `Project` would be.
 */
export const libFolder: string = common.libFolderInMemoryPath;
export const libFiles: ReadonlyMap<string, string> = new Map(common.getLibFiles().map((lib) => [`${libFolder}/${lib.fileName}`, lib.text]));
