import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-unchecked-unbind-guard.js';
import { createRuleTester, imports } from '../rule-tester.js';
import { describeCasesTypeCheck } from '../type-check.js';
import { describeCasesThroughAnalyzer } from '../analyzer-agreement.js';

const ruleTester = createRuleTester();

// The contract is /work/shared/docs/rules.md: the result of `unbindGuard()` discarded (it is
// `#[must_use]`: the section it opens is never closed), or used without handling `undefined`
// (the device is unplugged) through a non-null assertion `!` or an `as` cast. The finding points
// at "the call or the `!`": the discarded call, or the `!` / cast expression.
//
// Every case starts with `imports` (line 1), then a `// Ln: …` label (line 2, or line 3 when the
// case needs a second import line), then the one-line driver type (`Gpu`, a pci DRM driver, in most).

type MessageIds = 'discarded' | 'unchecked';

/** The DRM driver type the cases use: data, registration data, file data, bus, ioctl arguments. */
const gpuType =
  "type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number } }, { id: number; cfg?: { mode: number } }, 'pci', { getParam: { id: number } }>;";

/** A driver object of that type, on one line, for the cases that register a device. */
const gpuDriver =
  "const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: { getParam: (_dev, regData, arg) => regData.cfg.mode + arg.id } };";

const valid: ValidTestCase<[]>[] = [
  {
    code: imports + `// L0: \`using\` guard, undefined handled by an early return
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.parent.vendorId;
}`,
  },
  {
    code: imports + `// L0: undefined handled by a throw, guard released in finally
${gpuType}
export function setMode(dev: drm.Device<Gpu>, mode: number): void {
  const guard = dev.unbindGuard();
  if (guard === undefined) throw new Error('gpu unplugged');
  try {
    guard.registrationDataWith((_parent, data) => {
      data.cfg.mode = mode;
    });
  } finally {
    guard.release();
  }
}`,
  },
  {
    code: imports + `// L0: optional chaining and ?? handle undefined
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  return guard?.parent.revision ?? -1;
}`,
  },
  {
    code: imports + `// L0: a cast that keeps undefined, and a redundant ! after narrowing
${gpuType}
export function deviceId(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard() as drm.UnbindGuard<Gpu> | undefined;
  if (guard === undefined) return 0;
  return guard!.parent.deviceId;
}`,
  },
  {
    code: imports + `// L0: non-null assertions and discarded results that are not unbindGuard()'s
${gpuType}
const files = new Map<number, drm.File<{ id: number; cfg?: { mode: number } }>>();
export function modeOf(dev: drm.Device<Gpu>, id: number): number {
  dev.withUnbindGuard((parent) => parent.asRef().info('mode query'));
  return files.get(id)!.inner().cfg!.mode + dev.data.label.length;
}`,
  },
  {
    code: imports + `// L1: through an alias checked before use
${gpuType}
export function name(dev: drm.Device<Gpu>): string {
  const maybe = dev.unbindGuard();
  if (maybe) {
    using guard = maybe;
    return guard.parent.name;
  }
  return 'unplugged';
}`,
  },
  {
    code: imports + `// L1: a conditional between two devices, checked before use
${gpuType}
export function either(primary: drm.Device<Gpu>, secondary: drm.Device<Gpu>, preferPrimary: boolean): number {
  using guard = preferPrimary ? primary.unbindGuard() : (secondary.unbindGuard() ?? primary.unbindGuard());
  if (!guard) return 0;
  return guard.parent.vendorId;
}`,
  },
  {
    code: imports + `// L2: a timer and an IRQ handler take a guard and check it (class driver)
${gpuType}
${gpuDriver}
interface GpuData { reg: drm.Registration<Gpu>; irq?: pci.IrqRegistration; irqs: number }
export class GpuPciDriver implements pci.Driver<GpuData> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 0x10de, device: 0x2184 }];
  probe(dev: pci.Device<device.Core>): GpuData {
    const udev = drm.UnregisteredDevice.new(gpu, dev, { label: 'gpu0' });
    const data: GpuData = { reg: drm.Registration.new(dev, udev, { cfg: { mode: 0 } }, 0), irqs: 0 };
    const ddev = data.reg.device();
    data.irq = dev.requestIrq(0, 'gpu', () => {
      using guard = ddev.unbindGuard();
      if (guard) data.irqs++;
    });
    setTimeout(() => {
      using guard = ddev.unbindGuard();
      guard?.parent.asRef().info('probed');
    }, 0);
    return data;
  }
}`,
  },
  {
    code: imports + `// L3: a same-file helper passes unbindGuard()'s result on; the caller checks it
${gpuType}
function enter(dev: drm.Device<Gpu>): drm.UnbindGuard<Gpu> | undefined {
  return dev.unbindGuard();
}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = enter(dev);
  if (!guard) return 0;
  return guard.parent.vendorId;
}`,
  },
  {
    code: imports + `// L3: an overloaded helper returning unbindGuard(); the caller checks and releases it
${gpuType}
function sectionFor(dev: drm.Device<Gpu>): drm.UnbindGuard<Gpu> | undefined;
function sectionFor(devs: readonly drm.Device<Gpu>[]): drm.UnbindGuard<Gpu> | undefined;
function sectionFor(arg: drm.Device<Gpu> | readonly drm.Device<Gpu>[]): drm.UnbindGuard<Gpu> | undefined {
  const dev = Array.isArray(arg) ? arg[0] : (arg as drm.Device<Gpu>);
  return dev?.unbindGuard();
}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = sectionFor(dev);
  return guard?.parent.vendorId ?? 0;
}`,
  },
  {
    code: imports + `// L3: a helper on a device or a list (a receiver \`Array.isArray\` makes \`any\`); the caller keeps, checks and releases its guard
${gpuType}
function enterAny(target: drm.Device<Gpu> | readonly drm.Device<Gpu>[]): drm.UnbindGuard<Gpu> | undefined {
  const one = Array.isArray(target) ? target[0] : target;
  return one.unbindGuard();
}
export function vendor(dev: drm.Device<Gpu>): number {
  const guard = enterAny(dev);
  if (!guard) return 0;
  try {
    return guard.parent.vendorId;
  } finally {
    guard.release();
  }
}`,
  },
  {
    code: imports + `// L3: an overloaded helper returning a number voided: no guard is discarded
${gpuType}
function countOf(dev: drm.Device<Gpu>): number;
function countOf(devs: readonly drm.Device<Gpu>[]): number;
function countOf(arg: drm.Device<Gpu> | readonly drm.Device<Gpu>[]): number {
  return Array.isArray(arg) ? arg.length : 1;
}
export function poke(dev: drm.Device<Gpu>): void {
  void countOf(dev);
}`,
  },
  {
    code: imports + `// L3: a same-file helper handles undefined itself; a ! on its result is redundant, not unchecked
${gpuType}
function enterOrThrow(dev: drm.Device<Gpu>): drm.UnbindGuard<Gpu> {
  const guard = dev.unbindGuard();
  if (!guard) throw new Error('gpu unplugged');
  return guard;
}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = enterOrThrow(dev)!;
  return guard.parent.vendorId;
}`,
  },
  {
    code: imports + `import { enterOrThrow, tryEnter } from './no-unchecked-unbind-guard.helpers.js';
// L4: helpers in another module: one checked by the caller, one that checks itself
${gpuType}
export function ids(dev: drm.Device<Gpu>): number {
  using first = tryEnter(dev);
  if (first === undefined) return 0;
  using second = enterOrThrow(dev);
  return first.parent.vendorId + second.parent.deviceId;
}`,
  },
  {
    code: imports + `// L0: ioctl handler: dispatch already holds the section; a nested guard is checked
${gpuType}
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    getParam(dev, regData, arg) {
      using guard = dev.unbindGuard();
      if (!guard) return 0;
      return regData.cfg.mode + arg.id + guard.parent.revision;
    },
  },
};`,
  },
  {
    code: imports + `// L0: a cast after narrowing, and ?? with a function that never returns
${gpuType}
function unplugged(): never {
  throw new Error('gpu unplugged');
}
export function ids(dev: drm.Device<Gpu>): number {
  const maybe = dev.unbindGuard();
  if (maybe === undefined) return 0;
  using first = maybe as drm.UnbindGuard<Gpu>;
  using second = dev.unbindGuard() ?? unplugged();
  return first.parent.vendorId + second.parent.deviceId;
}`,
  },
  {
    code: imports + `// L3: a same-file assertion function handles undefined; the result kept in an object and checked
${gpuType}
function assertPresent<T>(value: T | undefined): asserts value is T {
  if (value === undefined) throw new Error('gpu unplugged');
}
export function revision(dev: drm.Device<Gpu>): number {
  const slot = { guard: dev.unbindGuard() };
  assertPresent(slot.guard);
  try {
    return slot.guard.parent.revision;
  } finally {
    slot.guard.release();
  }
}`,
  },
  {
    // Not an L-level: code that does not import the model has no findings, whatever it does.
    code: `// no model import: a lookalike guard API of the user's own
interface Guard { parent: { name: string }; release(): void }
interface Dev { unbindGuard(): Guard | undefined }
export function f(dev: Dev): string {
  dev.unbindGuard();
  const guard = dev.unbindGuard()!;
  return (dev.unbindGuard() as Guard).parent.name + guard.parent.name;
}`,
  },
  {
    code: imports + `// L3: a private method that throws for undefined itself, asserted by another method
${gpuType}
export class Stats {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  #enter(): drm.UnbindGuard<Gpu> {
    const guard = this.dev.unbindGuard();
    if (!guard) throw new Error('gone');
    return guard;
  }
  vendor(): number {
    using guard = this.#enter()!;
    return guard.parent.vendorId;
  }
}`,
  },
  {
    code: imports + `import { Sections } from './no-unchecked-unbind-guard.helpers.js';
// L4: an imported class's static method that throws for undefined itself, then a redundant !
${gpuType}
export class Crtc {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  commit(): number {
    using guard = Sections.openOrThrow(this.dev)!;
    return guard.parent.vendorId;
  }
}`,
  },
  {
    code: imports + `// L3: a private method's guard checked by its caller before use
${gpuType}
export class Stats {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  #enter() {
    return this.dev.unbindGuard();
  }
  vendor(): number {
    using guard = this.#enter();
    if (!guard) return -1;
    return guard!.parent.vendorId;
  }
}`,
  },
];

const invalid: InvalidTestCase<MessageIds, []>[] = [
  // ---- discarded ----
  {
    code: imports + `// L0: the result discarded in an expression statement
${gpuType}
export function poke(dev: drm.Device<Gpu>): void {
  dev.unbindGuard();
}`,
    errors: [{ messageId: 'discarded', line: 5, column: 3, endLine: 5, endColumn: 20 }],
  },
  {
    code: imports + `// L0: the result discarded with void, in a class method
${gpuType}
export class Fence {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  signal(): void {
    void this.dev.unbindGuard();
  }
}`,
    errors: [{ messageId: 'discarded', line: 7, column: 10 }],
  },
  {
    code: imports + `// L2: the result discarded inside a timer callback
${gpuType}
export function keepAlive(dev: drm.Device<Gpu>): void {
  setTimeout(() => {
    dev.unbindGuard();
  }, 1000);
}`,
    errors: [{ messageId: 'discarded', line: 6, column: 5 }],
  },
  {
    code: imports + `// L3: the result of a same-file helper that returns unbindGuard() discarded
${gpuType}
function enter(dev: drm.Device<Gpu>): drm.UnbindGuard<Gpu> | undefined {
  return dev.unbindGuard();
}
export function poke(dev: drm.Device<Gpu>): void {
  enter(dev);
}`,
    errors: [{ messageId: 'discarded', line: 8, column: 3 }],
  },
  {
    code: imports + `// L3: an overloaded helper returning unbindGuard() voided (the overloads run the implementation's body)
${gpuType}
function sectionFor(dev: drm.Device<Gpu>): drm.UnbindGuard<Gpu> | undefined;
function sectionFor(devs: readonly drm.Device<Gpu>[]): drm.UnbindGuard<Gpu> | undefined;
function sectionFor(arg: drm.Device<Gpu> | readonly drm.Device<Gpu>[]): drm.UnbindGuard<Gpu> | undefined {
  const dev = Array.isArray(arg) ? arg[0] : (arg as drm.Device<Gpu>);
  return dev?.unbindGuard();
}
export function poke(dev: drm.Device<Gpu>): void {
  void sectionFor(dev);
}`,
    errors: [{ messageId: 'discarded', line: 11, column: 8 }],
  },
  {
    code: imports + `// L3: a helper taking one device or a list discards nothing itself; its guard (on a receiver \`Array.isArray\` makes \`any\`) discarded
${gpuType}
function enterAny(target: drm.Device<Gpu> | readonly drm.Device<Gpu>[]): drm.UnbindGuard<Gpu> | undefined {
  const one = Array.isArray(target) ? target[0] : target;
  return one.unbindGuard();
}
export function poke(dev: drm.Device<Gpu>): number {
  enterAny(dev);
  return 0;
}`,
    errors: [{ messageId: 'discarded', line: 9, column: 3 }],
  },
  {
    code: imports + `// L3: a private method on a device or a list, its guard discarded in a comma expression
${gpuType}
export class Panel {
  section(of: drm.Device<Gpu> | readonly drm.Device<Gpu>[]): drm.UnbindGuard<Gpu> | undefined {
    const dev = Array.isArray(of) ? of.at(0) : of;
    return dev?.unbindGuard();
  }
  poke(dev: drm.Device<Gpu>): number {
    return (this.section(dev), 0);
  }
}`,
    errors: [{ messageId: 'discarded', line: 10, column: 13 }],
  },
  {
    code: imports + `import { enterOrThrow } from './no-unchecked-unbind-guard.helpers.js';
// L4: the guard a helper in another module returns discarded
${gpuType}
export function poke(dev: drm.Device<Gpu>): void {
  enterOrThrow(dev);
}`,
    errors: [{ messageId: 'discarded', line: 6, column: 3 }],
  },
  {
    code: imports + `// L0: discarded through optional chaining on a maybe-missing device, and as a comma operand
${gpuType}
export function poke(dev: drm.Device<Gpu> | undefined): number {
  dev?.unbindGuard();
  return (dev?.unbindGuard(), 0);
}`,
    errors: [
      { messageId: 'discarded', line: 5, column: 3 },
      { messageId: 'discarded', line: 6, column: 11 },
    ],
  },
  {
    code: imports + `// L2: the result returned to forEach, which discards it
${gpuType}
export function enterAll(devs: drm.Device<Gpu>[]): void {
  devs.forEach((dev) => dev.unbindGuard());
}`,
    errors: [{ messageId: 'discarded', line: 5, column: 25 }],
  },
  // ---- unchecked: non-null assertion ----
  {
    code: imports + `// L0: a non-null assertion on the call
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard()!;
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'unchecked', line: 5, column: 17, endLine: 5, endColumn: 35 }],
  },
  {
    code: imports + `// L1: destructuring straight out of an asserted guard
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const { parent } = dev.unbindGuard()!;
  return parent.vendorId;
}`,
    errors: [{ messageId: 'unchecked', line: 5, column: 22 }],
  },
  {
    code: imports + `// L1: a non-null assertion on an alias of the result
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const maybe = dev.unbindGuard();
  using guard = maybe!;
  return guard.parent.revision;
}`,
    errors: [{ messageId: 'unchecked', line: 6, column: 17, endLine: 6, endColumn: 23 }],
  },
  {
    code: imports + `// L1: a non-null assertion on a conditional between two results
${gpuType}
export function either(primary: drm.Device<Gpu>, secondary: drm.Device<Gpu>, preferPrimary: boolean): number {
  const maybe = preferPrimary ? primary.unbindGuard() : secondary.unbindGuard();
  using guard = maybe!;
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'unchecked', line: 6, column: 17 }],
  },
  {
    code: imports + `// L2: an IRQ handler asserts the guard (class driver)
${gpuType}
${gpuDriver}
interface GpuData { reg: drm.Registration<Gpu>; irq?: pci.IrqRegistration; irqs: number }
export class GpuPciDriver implements pci.Driver<GpuData> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 0x10de, device: 0x2184 }];
  probe(dev: pci.Device<device.Core>): GpuData {
    const udev = drm.UnregisteredDevice.new(gpu, dev, { label: 'gpu0' });
    const data: GpuData = { reg: drm.Registration.new(dev, udev, { cfg: { mode: 0 } }, 0), irqs: 0 };
    const ddev = data.reg.device();
    data.irq = dev.requestIrq(0, 'gpu', () => {
      using guard = ddev.unbindGuard()!;
      data.irqs += guard.parent.revision;
    });
    return data;
  }
}`,
    errors: [{ messageId: 'unchecked', line: 14, column: 21 }],
  },
  {
    code: imports + `// L2: a non-null assertion inside a .then callback
${gpuType}
export function afterReset(dev: drm.Device<Gpu>, reset: Promise<void>): Promise<number> {
  return reset.then(() => {
    using guard = dev.unbindGuard()!;
    return guard.parent.revision;
  });
}`,
    errors: [{ messageId: 'unchecked', line: 6, column: 19 }],
  },
  {
    code: imports + `// L3: a non-null assertion on a same-file helper that passes unbindGuard()'s result on
${gpuType}
function enter(dev: drm.Device<Gpu>): drm.UnbindGuard<Gpu> | undefined {
  return dev.unbindGuard();
}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = enter(dev)!;
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'unchecked', line: 8, column: 17 }],
  },
  {
    code: imports + `import { tryEnter } from './no-unchecked-unbind-guard.helpers.js';
// L4: a non-null assertion on a helper in another module that passes unbindGuard()'s result on
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = tryEnter(dev)!;
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'unchecked', line: 6, column: 17 }],
  },
  // ---- unchecked: casts ----
  {
    code: imports + `// L0: an as cast to the guard type
${gpuType}
export function setMode(dev: drm.Device<Gpu>, mode: number): void {
  const guard = dev.unbindGuard() as drm.UnbindGuard<Gpu>;
  guard.registrationDataWith((_parent, data) => {
    data.cfg.mode = mode;
  });
  guard.release();
}`,
    errors: [{ messageId: 'unchecked', line: 5, column: 17, endLine: 5, endColumn: 58 }],
  },
  {
    code: imports + `// L1: a cast of an alias to NonNullable<…>
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const maybe = dev.unbindGuard();
  using guard = maybe as NonNullable<typeof maybe>;
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'unchecked', line: 6, column: 17 }],
  },
  {
    code: imports + `// L0: a cast through unknown is one finding
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard() as unknown as drm.UnbindGuard<Gpu>;
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'unchecked', line: 5, column: 17 }],
  },
  {
    code: imports + `// L0: an angle-bracket assertion, and a cast to any
${gpuType}
export function both(dev: drm.Device<Gpu>): number {
  using first = <drm.UnbindGuard<Gpu>>dev.unbindGuard();
  const second: { release(): void } = dev.unbindGuard() as any;
  second.release();
  return first.parent.vendorId;
}`,
    errors: [
      { messageId: 'unchecked', line: 5, column: 17 },
      { messageId: 'unchecked', line: 6, column: 39 },
    ],
  },
  {
    code: imports + `// L0: ioctl handler asserts a nested guard
${gpuType}
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    getParam(dev, regData, arg) {
      using guard = dev.unbindGuard()!;
      return regData.cfg.mode + arg.id + guard.parent.revision;
    },
  },
};`,
    errors: [{ messageId: 'unchecked', line: 10, column: 21 }],
  },
  {
    code: imports + `// L3: a non-null assertion on a private method that passes unbindGuard()'s result on
${gpuType}
export class Stats {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  #enter() {
    return this.dev.unbindGuard();
  }
  vendor(): number {
    using guard = this.#enter()!;
    return guard.parent.vendorId;
  }
}`,
    errors: [{ messageId: 'unchecked', line: 10, column: 19 }],
  },
  {
    code: imports + `// L3: a public method's result discarded, and another's cast, on this
${gpuType}
export class Stats {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  enter(): drm.UnbindGuard<Gpu> | undefined {
    return this.dev.unbindGuard();
  }
  poke(): void {
    this.enter();
  }
  vendor(): number {
    const guard = this.enter() as drm.UnbindGuard<Gpu>;
    try {
      return guard.parent.vendorId;
    } finally {
      guard.release();
    }
  }
}`,
    errors: [
      { messageId: 'discarded', line: 10, column: 5 },
      { messageId: 'unchecked', line: 13, column: 19 },
    ],
  },
  {
    code: imports + `// L3: a same-file class's static method asserted, in a function
${gpuType}
class Section {
  static open(dev: drm.Device<Gpu>): drm.UnbindGuard<Gpu> | undefined {
    return dev.unbindGuard();
  }
}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = Section.open(dev)!;
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'unchecked', line: 10, column: 17 }],
  },
  {
    code: imports + `import { Sections } from './no-unchecked-unbind-guard.helpers.js';
// L4: an imported class's static method asserted in a method, with a field as the argument
${gpuType}
export class Crtc {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  commit(): number {
    using guard = Sections.open(this.dev)!;
    return guard.parent.vendorId;
  }
}`,
    errors: [{ messageId: 'unchecked', line: 8, column: 19 }],
  },
];

/** Names each case after its `// Ln: …` label, so a failing case is easy to find. */
function named<T extends { code: string }>(c: T): T & { name: string } {
  const label = c.code.split('\n').find((l) => l.startsWith('// ')) ?? c.code.slice(0, 60);
  return { ...c, name: label.slice(3) };
}

ruleTester.run('no-unchecked-unbind-guard', rule, { valid: valid.map(named), invalid: invalid.map(named) });

describeCasesTypeCheck([...valid, ...invalid]);

describeCasesThroughAnalyzer('no-unchecked-unbind-guard', [...valid, ...invalid].map(named));
