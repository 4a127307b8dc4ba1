import type { Project as MorphProject, ts } from 'ts-morph';
import { typescript } from './ts-morph-runtime.js';

interface MutableSourceFile {
  impliedNodeFormat?: ts.ResolutionMode;
  externalModuleIndicator?: unknown;
}

interface CompilerFactory {
  onSourceFileAdded(subscription: (sourceFile: { readonly compilerNode: ts.SourceFile }) => void): void;
}

/**
 * Gives every file ts-morph parses the module format `tsc` would give it.
 *
 * ts-morph 28 parses with the script target only, so `impliedNodeFormat` is never set: under
 * `module: node16/nodenext` every ESM file (in a `"type": "module"` package, or `.mts`) then looks
 * CommonJS to the program — ESM-only packages do not resolve, `import.meta` is an error — and the
 * engine would see a different program than `tsc` and typescript-eslint do. ts-morph announces
 * each new file synchronously, before TypeScript reads its imports; that is where the format is
 * set, as `createProgram` does for its own parses (and a file forced to be a module by its format
 * is marked as one).
 */
export function applyModuleFormats(project: MorphProject, options: ts.CompilerOptions, cwd: string): void {
  const factory = (project as unknown as { _context?: { compilerFactory?: CompilerFactory } })._context?.compilerFactory;
  if (typeof factory?.onSourceFileAdded !== 'function') {
    throw new Error('this ts-morph version does not announce added source files; bindsafe needs ts-morph 28');
  }
  const cache = typescript.createModuleResolutionCache(cwd, (name) => name, options).getPackageJsonInfoCache();
  const forceModules = options.moduleDetection === typescript.ModuleDetectionKind.Force;
  const legacyDetection = options.moduleDetection === typescript.ModuleDetectionKind.Legacy;
  factory.onSourceFileAdded(({ compilerNode }) => {
    const file = compilerNode as unknown as MutableSourceFile;
    const format = typescript.getImpliedNodeFormatForFile(compilerNode.fileName, cache, typescript.sys, options);
    file.impliedNodeFormat = format;
    if (file.externalModuleIndicator !== undefined || compilerNode.isDeclarationFile || legacyDetection) return;
    if (forceModules || format === typescript.ModuleKind.ESNext || /\.[cm][jt]s$/.test(compilerNode.fileName)) {
      file.externalModuleIndicator = true;
    }
  });
}
