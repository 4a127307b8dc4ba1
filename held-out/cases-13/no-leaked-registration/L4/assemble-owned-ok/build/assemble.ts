import { auxiliary, type device } from '@bindsafe/kernel';

export interface Assembly {
  readonly children: readonly auxiliary.Registration[];
  readonly names: readonly string[];
}

/** Builds one child per function name; the caller owns the returned assembly. */
export function assemble(parent: device.Device<device.Bound>, functions: readonly string[]): Assembly {
  const children = functions.map((fn, i) => auxiliary.Registration.new(parent, fn, i, 'mfd'));
  return { children, names: children.map((c) => c.name) };
}
