// @ts-check
/**
 * The shape of a synthetic project, decided before any text is written: which file is of which
 * kind, which files import which (a DAG plus some cycles), which use the model, where problems
 * are planted. Deterministic in its options.
 */
import { createRng } from './rng.mjs';
import { driverRotation, floatingForms, plantCycle, plantHosts } from './plants.mjs';

/** @typedef {import('./plants.mjs').PlantKind} PlantKind */
/** @typedef {import('./plants.mjs').DriverKind} DriverKind */
/** @typedef {import('./plants.mjs').FloatingForm} FloatingForm */
/** @typedef {'entity' | 'store' | 'service' | 'util'} GeneralKind */
/** @typedef {GeneralKind | 'hw' | DriverKind} FileKind */

/**
 * @typedef {object} FileSpec
 * @property {number} index
 * @property {FileKind} kind
 * @property {boolean} model            whether the file imports `@bindsafe/kernel`
 * @property {string} path              project-relative POSIX path
 * @property {number[]} imports         general files whose API this file uses
 * @property {number[]} consumes        of those, the ones (earlier in the DAG) whose `consume` it calls
 * @property {number[]} drivers         for a few general files: driver modules they list (they reach the model through them)
 * @property {number | undefined} helper  for drivers: the `hw` module they import helpers from
 * @property {PlantKind | undefined} plant
 * @property {FloatingForm | undefined} floating
 * @property {number} extra             0..3: how many optional members the file gets
 */

/**
 * @typedef {object} PlanOptions
 * @property {number} files        number of source files
 * @property {number} modelShare   share of files importing the model (0..1)
 * @property {number} escapeShare  share of driver files holding one planted problem
 * @property {number} floatingShare share of service files holding one floating promise
 * @property {number} cycleShare   share of general files in an import cycle
 * @property {number} glueShare    share of general files that import driver modules (and so reach the model)
 * @property {number} seed
 */

/** @type {Omit<PlanOptions, 'files'>} */
export const defaultPlanOptions = {
  modelShare: 0.1,
  escapeShare: 0.35,
  floatingShare: 0.5,
  cycleShare: 0.05,
  glueShare: 0.02,
  seed: 1,
};

/** Files per directory. */
const dirSize = 50;

/** @param {PlanOptions} options @returns {FileSpec[]} */
export function planProject(options) {
  const { files: n, modelShare, escapeShare, floatingShare, cycleShare, glueShare, seed } = options;
  if (!Number.isInteger(n) || n < 10) throw new Error(`--files must be an integer ≥ 10 (got ${n})`);
  const rng = createRng(seed);
  const width = Math.max(4, String(n - 1).length);
  const dirWidth = Math.max(2, String(Math.floor((n - 1) / dirSize)).length);

  /** @param {number} i */
  const isModel = (i) => Math.floor((i + 1) * modelShare) > Math.floor(i * modelShare);
  /** @param {number} k @param {number} share */
  const spread = (k, share) => Math.floor((k + 1) * share) > Math.floor(k * share);

  /** @type {FileSpec[]} */
  const specs = [];
  let modelOrdinal = 0;
  let driverOrdinal = 0;
  let plantedCount = 0;
  let unplantedCount = 0;
  let serviceOrdinal = 0;
  let floatingCount = 0;
  /** @type {Map<PlantKind, number>} */
  const perPlant = new Map();
  /** @type {number | undefined} */
  let lastHelper;

  for (let i = 0; i < n; i++) {
    /** @type {FileKind} */
    let kind;
    /** @type {PlantKind | undefined} */
    let plant;
    /** @type {FloatingForm | undefined} */
    let floating;
    const model = isModel(i);
    if (model) {
      if (modelOrdinal % 4 === 0 || lastHelper === undefined) {
        kind = 'hw';
      } else {
        if (spread(driverOrdinal, escapeShare)) {
          plant = /** @type {PlantKind} */ (plantCycle[plantedCount % plantCycle.length]);
          const seen = perPlant.get(plant) ?? 0;
          perPlant.set(plant, seen + 1);
          const hosts = plantHosts[plant];
          kind = /** @type {DriverKind} */ (hosts[seen % hosts.length]);
          plantedCount++;
        } else {
          kind = /** @type {DriverKind} */ (driverRotation[unplantedCount % driverRotation.length]);
          unplantedCount++;
        }
        driverOrdinal++;
      }
      modelOrdinal++;
    } else {
      kind = rng.weighted({ entity: 25, store: 20, service: 30, util: 25 });
      if (kind === 'service') {
        if (spread(serviceOrdinal, floatingShare)) {
          floating = floatingForms[floatingCount % floatingForms.length];
          floatingCount++;
        }
        serviceOrdinal++;
      }
    }
    const dir = `m${String(Math.floor(i / dirSize)).padStart(dirWidth, '0')}`;
    const spec = {
      index: i,
      kind,
      model,
      path: `src/${dir}/${kind}-${String(i).padStart(width, '0')}.ts`,
      imports: /** @type {number[]} */ ([]),
      consumes: /** @type {number[]} */ ([]),
      drivers: /** @type {number[]} */ ([]),
      helper: kind === 'hw' ? undefined : model ? lastHelper : undefined,
      plant,
      floating,
      extra: rng.int(0, 3),
    };
    if (kind === 'hw') lastHelper = i;
    specs.push(spec);
  }

  // Glue: a few general files list drivers defined earlier. They are leaves (nothing imports
  // them), like an application's bring-up module, so the files reaching the model are the model
  // files plus these, not everything downstream of them.
  const driverIndices = specs.filter((s) => s.model && s.kind !== 'hw').map((s) => s.index);
  const glue = new Set();
  for (const [g, spec] of specs.filter((s) => !s.model).entries()) {
    const before = lowerBound(driverIndices, spec.index);
    if (before < 2 || !spread(g, glueShare)) continue;
    const a = /** @type {number} */ (driverIndices[rng.int(0, before - 1)]);
    const b = /** @type {number} */ (driverIndices[rng.int(0, before - 1)]);
    spec.drivers = a === b ? [a] : [a, b].sort((x, y) => x - y);
    glue.add(spec.index);
  }

  // Imports: general files in order; each file uses a few earlier ones, mostly nearby ones.
  const general = specs.filter((s) => !s.model && !glue.has(s.index)).map((s) => s.index);
  for (const spec of specs) {
    const p = lowerBound(general, spec.index);
    if (p === 0) continue;
    const wanted = spec.model ? rng.int(1, Math.min(2, p)) : rng.int(1, Math.min(4, p));
    const chosen = new Set();
    for (let tries = 0; chosen.size < wanted && tries < 20; tries++) {
      const q = rng.chance(0.75) ? rng.int(Math.max(0, p - 25), p - 1) : rng.int(0, p - 1);
      chosen.add(/** @type {number} */ (general[q]));
    }
    spec.imports = [...chosen].sort((a, b) => a - b);
    spec.consumes = spec.model ? [] : spec.imports.filter(() => rng.chance(0.3));
  }

  // Cycles: a general file and a later one import each other.
  for (let p = 0; p < general.length - 1; p++) {
    if (!rng.chance(cycleShare)) continue;
    const a = /** @type {FileSpec} */ (specs[/** @type {number} */ (general[p])]);
    const q = rng.int(p + 1, Math.min(general.length - 1, p + 20));
    const b = /** @type {FileSpec} */ (specs[/** @type {number} */ (general[q])]);
    if (!a.imports.includes(b.index)) a.imports.push(b.index);
    if (!b.imports.includes(a.index)) b.imports.push(a.index);
  }
  return specs;
}

/** The number of items of the sorted `list` below `value`. @param {readonly number[]} list @param {number} value */
function lowerBound(list, value) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (/** @type {number} */ (list[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
