// Objects made by the model, and which of them are owned resources that die with their owner.
const kernelObjects = new WeakSet<object>();
const droppables = new WeakMap<object, () => Promise<void>>();

/** Records `object` as made by the model (drop glue does not look inside it). */
export function markKernelObject(object: object): void {
  kernelObjects.add(object);
}

export function isKernelObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && kernelObjects.has(value);
}

/**
 * Records `object` as an owned resource (a registration, an IRQ registration): when the driver
 * data that holds it is dropped, the drop glue calls `drop` (which must be idempotent).
 */
export function registerDroppable(object: object, drop: () => Promise<void>): void {
  kernelObjects.add(object);
  droppables.set(object, drop);
}

export function droppableOf(value: unknown): (() => Promise<void>) | undefined {
  return typeof value === 'object' && value !== null ? droppables.get(value) : undefined;
}
