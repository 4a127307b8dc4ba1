import { KernelError } from '../errors/kernel-error.js';
import { droppableOf, isKernelObject } from '../lifetime/kernel-objects.js';
import type { KernelContext } from '../sim/kernel-context.js';
import { disposeDriverValue, type DriverWait } from '../sync/driver-work.js';

const maxDepth = 8;

/**
 * The fields the drop glue looks at: the values of a Map or Set, else the own enumerable data
 * properties (array elements included; typed arrays hold only numbers). Getters are not run: like Rust's drop glue, it drops
 * what is stored, it does not call code to compute it. Built-in methods are called as such, so
 * a Map subclass overriding `values` is read like a Map.
 */
function fieldsOf(value: object): unknown[] {
  if (value instanceof Map) return [...Map.prototype.values.call(value)];
  if (value instanceof Set) return [...Set.prototype.values.call(value)];
  if (ArrayBuffer.isView(value)) return [];
  const fields: unknown[] = [];
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor) fields.push(descriptor.value);
  }
  return fields;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * What one drop-glue walk reports into.
 *
 * Invariants: `errors` only grows during the walk.
 */
interface DropContext {
  /** `the driver data of nova on pci 0000:00:01.0` */
  readonly owner: string;
  readonly errors: unknown[];
}

async function dropOwned(value: object, seen: Set<object>, depth: number, drop: DropContext): Promise<void> {
  let fields: unknown[];
  try {
    fields = fieldsOf(value);
  } catch (error) {
    // A Proxy whose traps throw, say: its fields are not dropped, the rest of the teardown goes on.
    const what = depth === 0 ? 'its fields' : 'the fields of an object it holds';
    drop.errors.push(new KernelError('EINVAL', `dropping ${drop.owner}: cannot list ${what} (${describe(error)})`));
    return;
  }
  for (const field of fields) {
    const own = droppableOf(field);
    if (own !== undefined) {
      try {
        await own();
      } catch (error) {
        drop.errors.push(error);
      }
      continue;
    }
    if (typeof field !== 'object' || field === null || isKernelObject(field) || seen.has(field)) continue;
    if (depth >= maxDepth) continue;
    seen.add(field);
    await dropOwned(field, seen, depth + 1, drop);
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
 * A destructor that never settles is abandoned after the grace period (`DisposeTimedOut`, see
 * `disposeDriverValue`); fields that cannot be listed are `EINVAL`. Returns the errors met on
 * the way (the drop goes on after each).
 */
export async function dropDriverData(ctx: KernelContext, data: unknown, owner: string, wait: DriverWait): Promise<unknown[]> {
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
    await disposeDriverValue(ctx, data, 'its driver data', wait);
  } catch (error) {
    errors.push(error);
  }
  await dropOwned(data, new Set([data]), 0, { owner, errors });
  return errors;
}
