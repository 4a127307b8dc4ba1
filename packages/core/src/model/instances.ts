import type * as ts from 'typescript';
import type { TsModule } from '../engine.js';

/**
 * One copy of the model's package among a program's files: its directory (the one holding the
 * `package.json` that names it) and its files in the program.
 *
 * Invariants: every file lies below `dir`. `files` leaves out redirects (TypeScript's stand-ins
 * for a second copy of the same package version, whose declarations are the first copy's), so it
 * is empty for a copy made only of redirects: its files still belong to the package.
 */
export interface ModelInstance {
  readonly dir: string;
  readonly files: readonly ts.SourceFile[];
}

/**
 * Every copy of the package `packageName` the program holds, found by what the files are — the
 * nearest named `package.json` above each file — not by how anything imports them: a `paths`
 * alias, an `import()` type, a `require` and two installed versions are all found. Directories are
 * looked up once each.
 */
export function findModelInstances(tsm: TsModule, program: ts.Program, packageName: string): ModelInstance[] {
  const owners = new Map<string, string | null>();
  const ownerOf = (dir: string): string | null => {
    const chain: string[] = [];
    let found: string | null = null;
    for (let d: string | undefined = dir; d !== undefined; d = parentDir(d)) {
      const known = owners.get(d);
      if (known !== undefined) {
        found = known;
        break;
      }
      chain.push(d);
      const name = packageNameIn(tsm, d);
      if (name !== undefined) {
        found = name === packageName ? d : null;
        break;
      }
    }
    for (const d of chain) owners.set(d, found);
    return found;
  };

  const instances = new Map<string, ts.SourceFile[]>();
  for (const sf of program.getSourceFiles()) {
    if (program.isSourceFileDefaultLibrary(sf)) continue;
    const dir = parentDir(sf.fileName);
    const owner = dir === undefined ? null : ownerOf(dir);
    if (owner === null) continue;
    let files = instances.get(owner);
    if (!files) instances.set(owner, (files = []));
    if (!(sf as ts.SourceFile & { redirectInfo?: unknown }).redirectInfo) files.push(sf);
  }
  return [...instances].map(([dir, files]) => ({ dir, files }));
}

/** The `name` of `dir/package.json`; `undefined` when there is none, or it names nothing. */
function packageNameIn(tsm: TsModule, dir: string): string | undefined {
  const file = `${dir}/package.json`;
  if (!tsm.sys?.fileExists(file)) return undefined;
  try {
    const parsed: unknown = JSON.parse(tsm.sys.readFile(file) ?? '');
    const name = parsed && typeof parsed === 'object' ? (parsed as { name?: unknown }).name : undefined;
    // A nameless package.json (`{ "type": "module" }` in a build folder) does not end the search.
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

function parentDir(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  return slash > 0 ? path.slice(0, slash) : undefined;
}
