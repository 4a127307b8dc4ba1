import { droppableOf, isKernelObject } from '../lifetime/kernel-objects.js';

const maxDepth = 8;

function fieldsOf(value: object): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof Map) return [...value.values()];
  if (value instanceof Set) return [...value];
  return Object.values(value);
}

async function dropOwned(value: object, seen: Set<object>, depth: number, errors: unknown[]): Promise<void> {
  for (const field of fieldsOf(value)) {
    const drop = droppableOf(field);
    if (drop !== undefined) {
      try {
        await drop();
      } catch (error) {
        errors.push(error);
      }
      continue;
    }
    if (typeof field !== 'object' || field === null || isKernelObject(field) || seen.has(field)) continue;
    if (depth >= maxDepth) continue;
    seen.add(field);
    await dropOwned(field, seen, depth + 1, errors);
  }
}

/**
 * Drops the driver data at unbind, like Rust drops `Data`: first its own destructor
 * (`[Symbol.asyncDispose]`, else `[Symbol.dispose]`), then the drop glue: every owned model
 * resource it still holds in a public field (a `drm.Registration`, `auxiliary.Registration`,
 * `IrqRegistration`, also inside nested plain objects, arrays, Maps and Sets), in declaration
 * order. Those drops are idempotent, so resources the destructor already dropped are skipped.
 * User objects are not disposed by the glue: that is the destructor's job.
 *
 * Returns the errors thrown on the way (the drop goes on after each).
 */
export async function dropDriverData(data: unknown): Promise<unknown[]> {
  const errors: unknown[] = [];
  if (typeof data !== 'object' || data === null) return errors;
  const own = droppableOf(data);
  if (own !== undefined) {
    try {
      await own();
    } catch (error) {
      errors.push(error);
    }
    return errors;
  }
  if (isKernelObject(data)) return errors;
  try {
    const asyncDispose = (data as Partial<AsyncDisposable>)[Symbol.asyncDispose];
    const dispose = (data as Partial<Disposable>)[Symbol.dispose];
    if (typeof asyncDispose === 'function') await asyncDispose.call(data);
    else if (typeof dispose === 'function') dispose.call(data);
  } catch (error) {
    errors.push(error);
  }
  await dropOwned(data, new Set([data]), 0, errors);
  return errors;
}
