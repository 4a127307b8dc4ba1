// @ts-check
/**
 * Templates for the files that do not use the model (90% by default): entities (interfaces,
 * unions, type guards), stores (generic classes over collections, listeners), services (async
 * code, retries, promise caches; some with a floating promise for `no-floating-promises`) and
 * utilities (generic functions, closures, generators, mapped and conditional types). Each file
 * also exports `consume<i>`, which uses the API of the files it imports.
 */
import { relativeSpecifier } from '../source-writer.mjs';
import { writeEntity } from './entity-file.mjs';
import { writeService } from './service-file.mjs';
import { writeStore } from './store-file.mjs';
import { writeUtil } from './util-file.mjs';

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/**
 * Adds to `w` the imports for using general file `used` from `user`, and returns the statements
 * that use it (inside an async function where `n: number` and `let acc: number` are in scope).
 * @param {SourceWriter} w @param {FileSpec} user @param {FileSpec} used
 * @returns {string[]}
 */
export function usageOf(w, user, used) {
  const j = used.index;
  const from = relativeSpecifier(user.path, used.path);
  switch (used.kind) {
    case 'entity':
      w.import(from, [`makeRec${j}`, `describe${j}`, `advance${j}`, `isRec${j}`]);
      return [
        `const rec${j} = makeRec${j}(n, 'r${j}', ['a', 'b']);`,
        `acc += describe${j}(advance${j}(rec${j})).length + (isRec${j}(rec${j}) ? 1 : 0);`,
      ];
    case 'store':
      w.import(from, [`IndexedStore${j}`, `groupBy${j}`]);
      return [
        `const store${j} = new IndexedStore${j}<{ readonly id: number; readonly tag: string; v: number }>();`,
        `store${j}.add({ id: n, tag: 't', v: 1 }).add({ id: n + 1, tag: 'u', v: 2 });`,
        `const off${j} = store${j}.onAdd((item) => {`,
        `  acc += item.v;`,
        `});`,
        `await store${j}.loadAll([n + 2, n + 3], async (id) => ({ id, tag: id % 2 === 0 ? 't' : 'u', v: id }));`,
        `off${j}();`,
        `acc += groupBy${j}(store${j}, (x) => x.tag).size + store${j}.tagged('t').length;`,
      ];
    case 'service':
      w.import(from, [`Service${j}`, `withRetry${j}`]);
      return [
        `const svc${j} = new Service${j}({ retries: 2, delayMs: 0 });`,
        `acc += await svc${j}.run(['a', 'b${j}']);`,
        `acc += await withRetry${j}(() => svc${j}.compute('c'), 1);`,
      ];
    case 'util':
      w.import(from, [`pipe${j}`, `sum${j}`, `range${j}`, `chunk${j}`, `memoize${j}`, `pick${j}`]);
      return [
        `const inc${j} = pipe${j}((x: number) => x + 1, (y: number) => y * 2);`,
        `acc += sum${j}(range${j}(0, 4)) + inc${j}(n) + chunk${j}([1, 2, 3], 2).length;`,
        `const mul${j} = memoize${j}((a: number, b: number) => a * b);`,
        `acc += mul${j}(n, 2) + pick${j}({ a: 1, b: 'x' }, 'a').a;`,
      ];
    default:
      throw new Error(`usageOf: ${used.kind} is not a general file kind`);
  }
}

/**
 * The `consume<i>` function: uses every imported file's API, calls some earlier `consume`s.
 * @param {SourceWriter} w @param {FileSpec} spec @param {readonly FileSpec[]} specs
 */
export function writeConsumer(w, spec, specs) {
  const i = spec.index;
  const body = [];
  for (const j of spec.imports) body.push(...usageOf(w, spec, /** @type {FileSpec} */ (specs[j])));
  for (const j of spec.consumes) {
    const used = /** @type {FileSpec} */ (specs[j]);
    w.import(relativeSpecifier(spec.path, used.path), [`consume${j}`]);
    body.push(`if (n > 0) acc += await consume${j}(n - 1);`);
  }
  w.add(`
/** Exercises this module together with the modules it depends on. */
export async function consume${i}(n: number): Promise<number> {
  let acc = ${i % 13};
${body.map((l) => `  ${l}`).join('\n')}
  return acc;
}`);
}

/** @param {SourceWriter} w @param {FileSpec} spec @param {readonly FileSpec[]} specs */
export function writeGeneralFile(w, spec, specs) {
  switch (spec.kind) {
    case 'entity':
      writeEntity(w, spec, specs);
      break;
    case 'store':
      writeStore(w, spec);
      break;
    case 'service':
      writeService(w, spec);
      break;
    case 'util':
      writeUtil(w, spec);
      break;
    default:
      throw new Error(`writeGeneralFile: ${spec.kind} is not a general file kind`);
  }
  writeDriverList(w, spec, specs);
  writeConsumer(w, spec, specs);
}

/** The name each driver module exports its (first) driver under. */
const driverExport = { nic: 'nicDriver', uart: 'uartDriver', aux: 'auxHost', gpu: 'gpuDriver', panel: 'panelDriver' };

/**
 * Glue: a general module listing drivers (as an application's bring-up code does); it reaches
 * the model through them without importing it.
 * @param {SourceWriter} w @param {FileSpec} spec @param {readonly FileSpec[]} specs
 */
function writeDriverList(w, spec, specs) {
  if (spec.drivers.length === 0) return;
  const names = spec.drivers.map((j) => {
    const d = /** @type {FileSpec} */ (specs[j]);
    const name = `${driverExport[/** @type {keyof typeof driverExport} */ (d.kind)]}${j}`;
    w.import(relativeSpecifier(spec.path, d.path), [name]);
    return name;
  });
  w.add(`
/** The drivers this module brings up, by name. */
export const bringUp${spec.index}: readonly string[] = [${names.map((n) => `${n}.name`).join(', ')}];`);
}
