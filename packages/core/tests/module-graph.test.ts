import * as ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The shape of the engine (docs/architecture.md, "The engine"): a small interpreter core that
// imports no semantic module, semantic modules that depend on the core and on each other one way
// only, and one assembly (analysis/semantics.ts) that puts the semantics table together. These
// tests read the import graph of packages/core/src, type-only imports included, and fail with
// the offending import chain. The idioms recognised at calls are call hooks the assembly lists:
// calls.ts, which asks them, imports none of their modules.

const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** The interpreter core: these import no other file of analysis/ but each other. */
const core = [
  'analysis/interpreter.ts',
  'analysis/frames.ts',
  'analysis/state.ts',
  'analysis/values.ts',
  'analysis/events.ts',
  'analysis/context.ts',
  'analysis/summary-types.ts',
];

/** The assembly of the semantics table, and the only files allowed to import it. */
const assembly = 'analysis/semantics.ts';
const assemblyUsers = ['analysis/file-analysis.ts'];

/** The module that evaluates calls: it reaches the idioms recognised at calls only through the assembly's hook list. */
const callEvaluator = 'analysis/calls.ts';

/** Every `.ts` file under `dir`, relative to `srcRoot`, with `/` separators. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(relative(srcRoot, path).split('\\').join('/'));
  }
  return out.sort();
}

/**
 * The relative module specifiers a file names: `import` and `export … from` declarations (type-only
 * ones too), `import x = require(…)`, `import(…)` calls and `import('…').T` types.
 */
function specifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(join(srcRoot, file), 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteral(e)) out.push(e.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) out.push(arg.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.filter((s) => s.startsWith('.'));
}

/** The file a relative specifier of `from` resolves to among `files` (`./x.js` is `./x.ts`), if any. */
function resolveSpecifier(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const base = join(dirname(from), spec).split('\\').join('/');
  const stem = base.replace(/\.(js|ts)$/, '');
  for (const candidate of [`${stem}.ts`, `${base}/index.ts`]) if (files.has(candidate)) return candidate;
  return undefined;
}

/**
 * The modules the assembly takes its call hooks from: for each name in the array of its
 * `callHooks` property, the file it is imported from. Throws when an entry is not a name imported
 * by the assembly (then this test cannot say where the hook lives).
 */
function callHookModules(files: ReadonlySet<string>): string[] {
  const sf = ts.createSourceFile(assembly, readFileSync(join(srcRoot, assembly), 'utf8'), ts.ScriptTarget.Latest, false);
  const importedFrom = new Map<string, string>();
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const bindings = s.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) importedFrom.set(e.name.text, s.moduleSpecifier.text);
  }
  let list: ts.ArrayLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'callHooks' && ts.isArrayLiteralExpression(node.initializer)) list = node.initializer;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!list) throw new Error(`${assembly} has no \`callHooks: [...]\` list`);
  return list.elements.map((e) => {
    const spec = ts.isIdentifier(e) ? importedFrom.get(e.text) : undefined;
    const file = spec === undefined ? undefined : resolveSpecifier(assembly, spec, files);
    if (!file) throw new Error(`${assembly}: call hook \`${e.getText(sf)}\` is not a name imported from a file of packages/core/src`);
    return file;
  });
}

/** The import graph of packages/core/src: each file and the files it imports. */
function importGraph(): Map<string, string[]> {
  const files = sourceFiles(srcRoot);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const targets = specifiers(f)
      .map((s) => resolveSpecifier(f, s, known))
      .filter((t): t is string => t !== undefined);
    graph.set(f, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with a cycle (two files or more, or a file importing itself). Tarjan's, without recursion. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1] as { node: string; edge: number };
      const edges = graph.get(top.node) ?? [];
      if (top.edge < edges.length) {
        const w = edges[top.edge++] as string;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, edge: 0 });
        } else if (onStack.has(w)) {
          low.set(top.node, Math.min(low.get(top.node) as number, index.get(w) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(top.node) as number));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          component.push(w);
        } while (w !== top.node);
        if (component.length > 1 || edges.includes(top.node)) out.push(component.sort());
      }
    }
  }
  return out;
}

/** One concrete import loop through `component` (a → b → … → a), by breadth-first search. */
function loopIn(graph: ReadonlyMap<string, readonly string[]>, component: readonly string[]): string {
  const start = component[0] as string;
  const members = new Set(component);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const n = queue.shift() as string;
    for (const w of graph.get(n) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path: string[] = [];
        for (let p: string | undefined = n; p !== undefined && p !== start; p = cameFrom.get(p)) path.unshift(p);
        return [start, ...path, start].join(' → ');
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, n);
        queue.push(w);
      }
    }
  }
  return component.join(', ');
}

describe('module graph of packages/core/src', () => {
  const graph = importGraph();

  it('reads the engine files and their imports', () => {
    // A guard against a graph that is empty because the files were not found or not parsed.
    for (const f of [...core, assembly, ...assemblyUsers, callEvaluator]) expect(graph.has(f), f).toBe(true);
    expect(graph.get('analysis/interpreter.ts')).toContain('analysis/state.ts');
    expect(graph.get('analysis/frames.ts')).toContain('analysis/state.ts'); // a type-only import
  });

  it('has no import cycle (type-only imports included)', () => {
    const found = cycles(graph).map((c) => `${c.length} files: ${loopIn(graph, c)}\n  (${c.join(', ')})`);
    expect(found, `import cycles:\n${found.join('\n')}`).toEqual([]);
  });

  it('keeps the interpreter core free of semantic modules', () => {
    const coreSet = new Set(core);
    const offending: string[] = [];
    for (const f of core) {
      for (const t of graph.get(f) ?? []) {
        if (t.startsWith('analysis/') && !coreSet.has(t)) offending.push(`${f} → ${t}`);
      }
    }
    expect(offending, `core files importing semantic modules:\n${offending.join('\n')}`).toEqual([]);
  });

  it('keeps calls.ts from importing the modules of the call hooks', () => {
    const hookModules = callHookModules(new Set(graph.keys()));
    // A guard against an empty or misread list: the hooks of disposal and promises are in it.
    expect(hookModules).toEqual(expect.arrayContaining(['analysis/disposal.ts', 'analysis/promises.ts']));
    const offending = (graph.get(callEvaluator) ?? []).filter((t) => hookModules.includes(t));
    expect(offending, `${callEvaluator} imports call-hook modules (reach them through it.semantics.callHooks):\n${offending.join('\n')}`).toEqual([]);
  });

  it('lets only the entry points import the assembly of the semantics table', () => {
    const importers = [...graph].filter(([, targets]) => targets.includes(assembly)).map(([f]) => f);
    expect(importers.sort()).toEqual([...assemblyUsers].sort());
  });
});
