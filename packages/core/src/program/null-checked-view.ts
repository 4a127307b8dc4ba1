import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';

const views = new WeakMap<ts.Program, ts.TypeChecker>();

/**
 * A checker that sees `undefined` and `null` as the model declares them, whatever the user's
 * `strictNullChecks`: `unbindGuard()` is declared `UnbindGuard | undefined`, and with
 * `strictNullChecks: false` (or `strict: false`) the program's own checker erases the
 * `| undefined`, so a `guard!` would look checked. Only the checks that read nullability ask it.
 *
 * Under `strictNullChecks` that is the program's checker. Otherwise it is the checker of a second
 * program, made once per program and only when first asked, that differs in that one option and
 * reuses every source file of the first (the option changes neither parsing, binding nor module
 * resolution, so TypeScript reuses the program's structure whole); its types answer for the same
 * nodes, with TypeScript's own narrowing (`if (!g) return`, `?.`, type predicates) intact.
 */
export function nullCheckedChecker(tsm: TsModule, program: ts.Program): ts.TypeChecker {
  const options = program.getCompilerOptions();
  const strictNullChecks = options.strictNullChecks ?? options.strict !== false;
  if (strictNullChecks) return program.getTypeChecker();
  let checker = views.get(program);
  if (!checker) {
    const strictOptions = { ...options, strictNullChecks: true };
    const host = tsm.createCompilerHost(strictOptions, true);
    const readFromDisk = host.getSourceFile.bind(host);
    // Every file comes from the first program: nothing is read or parsed again.
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
      program.getSourceFile(fileName) ?? readFromDisk(fileName, languageVersion, onError, shouldCreate);
    host.getCurrentDirectory = () => program.getCurrentDirectory();
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (fileName) => program.getSourceFile(fileName) !== undefined || fileExists(fileName);
    const projectReferences = program.getProjectReferences();
    const view = tsm.createProgram({
      rootNames: program.getRootFileNames(),
      options: strictOptions,
      host,
      oldProgram: program,
      ...(projectReferences ? { projectReferences } : {}),
    });
    checker = view.getTypeChecker();
    views.set(program, checker);
  }
  return checker;
}
