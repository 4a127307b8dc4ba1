// @ts-check
/** Pieces several model templates share: the kernel specifier, ids, the unsafe call, module lets. */

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

export const kernel = '@bindsafe/kernel';

/** @param {number} value */
export const hex = (value) => `0x${value.toString(16).padStart(4, '0')}`;

/**
 * The exported function with the unsafe call: justified, or (planted) not.
 * @param {SourceWriter} w @param {FileSpec} spec
 */
export function writeLateBind(w, spec) {
  const i = spec.index;
  const planted = spec.plant === 'missing-safety';
  if (!planted && spec.extra < 2) return;
  w.import(kernel, ['device', 'devres']);
  w.add(`
/** Gives a late-probed device of this driver its counter. */
export function lateCounter${i}(handle: device.Device): devres.Devres<number> {`);
  if (planted) w.plant(`  const bound = handle.unsafeAsBound();`, 'missing-safety');
  else w.add(`  // SAFETY: lateCounter${i} runs only from this driver's probe, so the device is bound.\n  const bound = handle.unsafeAsBound();`);
  w.add(`  return new devres.Devres(bound, ${i});
}`);
}
/**
 * A module-level variable for the `stored-module-let` plant, and its reader.
 * @param {SourceWriter} w @param {FileSpec} spec
 */
export function writeModuleLet(w, spec) {
  if (spec.plant !== 'stored-module-let') return;
  w.import(kernel, ['device']);
  w.add(`
/** The last device probed, for diagnostics. */
let lastBound${spec.index}: device.Device<device.Bound> | undefined;

export function lastProbed${spec.index}(): string | undefined {
  return lastBound${spec.index}?.name;
}`);
}
