import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-leaked-unbind-guard.js';
import { createRuleTester, imports } from '../rule-tester.js';
import { describeCasesTypeCheck } from '../type-check.js';
import { describeCasesThroughAnalyzer } from '../analyzer-agreement.js';

const ruleTester = createRuleTester();

// The contract is /work/shared/docs/rules.md: an `UnbindGuard`, or a value that lives only inside
// its critical section (`guard.parent`, the arguments of `withUnbindGuard` / `registrationDataWith`
// callbacks, an ioctl handler's `regData` and what is reached through them), must not escape the
// section or be used after it ends; a guard must be released on every path; an async guarded
// callback must not touch guarded values after an `await`.
//
// Every case starts with `imports` (line 1), then a `// Ln: …` label (line 2, or line 3 when the
// case needs a second import line), then the one-line driver type (`Gpu`, a pci DRM driver, in most).

type MessageIds = 'escapes' | 'notReleased' | 'useAfterRelease' | 'useAfterAwait' | 'useUsing' | 'wrapInWithUnbindGuard';

/** The DRM driver type the cases use: data, registration data, file data, bus, ioctl arguments. */
const gpuType =
  "type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; log: string[] }, { id: number; lastMode?: number; cfg?: { mode: number } }, 'pci', { getParam: { id: number } }>;";

/** A driver object of that type, on one line, for the cases that register a device. */
const gpuDriver =
  "const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: { getParam: (_dev, regData, arg) => regData.cfg.mode + arg.id } };";

const valid: ValidTestCase<[]>[] = [
  {
    code: imports + `// L0: \`using\` guard, only plain data leaves the section
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.parent.vendorId;
}`,
  },
  {
    code: imports + `// L0: guard released by try/finally, guarded value used across an await inside it
${gpuType}
export async function flushThenLog(dev: drm.Device<Gpu>, flush: () => Promise<void>): Promise<void> {
  const guard = dev.unbindGuard();
  if (!guard) return;
  try {
    await flush();
    guard.parent.asRef().info('flushed');
  } finally {
    guard.release();
  }
}`,
  },
  {
    code: imports + `// L0: guard released on the straight-line path (decision: counts as released), and in both branches
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  const rev = guard.parent.revision;
  guard.release();
  return rev;
}
export function isLegacy(dev: drm.Device<Gpu>): boolean {
  const guard = dev.unbindGuard();
  if (!guard) return false;
  if (guard.parent.revision < 2) {
    guard.release();
    return true;
  } else {
    guard.release();
    return false;
  }
}`,
  },
  {
    code: imports + `// L0: \`using\` guard held across an await inside its block
${gpuType}
export async function settleAndReport(dev: drm.Device<Gpu>, settle: () => Promise<void>): Promise<void> {
  using guard = dev.unbindGuard();
  if (!guard) return;
  await settle();
  guard.parent.asRef().info('settled');
}`,
  },
  {
    code: imports + `// L0: withUnbindGuard callback returns plain data; a handle (toNormal) stored in a module variable
${gpuType}
let lastParent: pci.Device | undefined;
export function identify(dev: drm.Device<Gpu>): number {
  dev.withUnbindGuard((parent) => {
    lastParent = parent.toNormal();
  });
  return dev.withUnbindGuard((parent) => parent.vendorId) ?? 0;
}`,
  },
  {
    code: imports + `// L0: a discarded unbindGuard() is no-unchecked-unbind-guard's finding, not this rule's (decision)
${gpuType}
export function poke(dev: drm.Device<Gpu>): void {
  dev.unbindGuard();
}`,
  },
  {
    code: imports + `// L1: objects and arrays created and dropped inside the section; plain data copied out
${gpuType}
let lastIds: { vendorId: number; deviceId: number } | undefined;
export function listBars(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const first = { parent: guard.parent, bar: 0 };
  const all = [first, { ...first, bar: 1 }];
  all.push({ parent: guard.parent, bar: 2 });
  const { parent } = guard;
  const { vendorId, deviceId } = parent;
  lastIds = { vendorId, deviceId };
  let total = 0;
  for (const entry of all) total += entry.parent.resourceLen(entry.bar) + parent.revision;
  return total;
}`,
  },
  {
    code: imports + `// L2: nested function declarations called (by name, by a built-in, bound and called) inside the section only
${gpuType}
export function sizes(dev: drm.Device<Gpu>, bars: number[]): number {
  return dev.withUnbindGuard((parent) => {
    const total = bars.map(sizeOf).reduce((a, b) => a + b, 0);
    function sizeOf(bar: number): number {
      return parent.resourceLen(bar);
    }
    function first(): number {
      return sizeOf(0);
    }
    const bound = first.bind(undefined);
    return total + first() + bound();
  }) ?? 0;
}`,
  },
  {
    code: imports + `// L1: two guards taken in an array literal, each destructured by position and released
${gpuType}
export function both(dev: drm.Device<Gpu>, other: drm.Device<Gpu>): number {
  const [g, h] = [dev.unbindGuard(), other.unbindGuard()];
  const rev = (g?.parent.revision ?? 0) + (h?.parent.revision ?? 0);
  g?.release();
  h?.release();
  return rev;
}`,
  },
  {
    code: imports + `// L2: closures run synchronously inside the section (forEach, a local closure)
${gpuType}
export function sizes(dev: drm.Device<Gpu>, bars: number[]): number[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const out: number[] = [];
  const sizeOf = (bar: number) => guard.parent.resourceLen(bar);
  bars.forEach((bar) => {
    out.push(sizeOf(bar));
  });
  return out.map((n) => n + guard.parent.revision);
}`,
  },
  {
    code: imports + `// L2: a timer and a .then callback capture only the drm.Device handle and take a new section
${gpuType}
export function later(dev: drm.Device<Gpu>, ready: Promise<void>): void {
  setTimeout(() => {
    dev.withUnbindGuard((parent) => parent.asRef().info('timer'));
  }, 10);
  void ready.then(() => {
    using guard = dev.unbindGuard();
    guard?.parent.asRef().info('ready');
  });
}`,
  },
  {
    code: imports + `// L2: a closure given to an unknown (declared, bodiless) callee: borrowed by default
${gpuType}
declare function traced<R>(label: string, fn: () => R): R;
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const parent = guard.parent;
  return traced('vendor', () => parent.vendorId);
}`,
  },
  {
    code: imports + `// L3: a same-file helper that only reads the parent during the call
${gpuType}
const log: string[] = [];
function describeParent(parent: pci.Device<device.Bound>): string {
  return parent.name + ' rev ' + parent.revision;
}
export function report(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  log.push(describeParent(guard.parent));
}`,
  },
  {
    code: imports + `// L3: the guard handed to a same-file helper that uses and releases it
${gpuType}
function finish(guard: drm.UnbindGuard<Gpu>): number {
  const rev = guard.parent.revision;
  guard.release();
  return rev;
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  return finish(guard);
}`,
  },
  {
    code: imports + `import { describeParent } from './no-leaked-unbind-guard.helpers.js';
// L4: a helper in another module that only reads the parent during the call
${gpuType}
export function report(dev: drm.Device<Gpu>): string {
  return dev.withUnbindGuard((parent) => describeParent(parent)) ?? 'unplugged';
}`,
  },
  {
    code: imports + `// L0: registrationDataWith: registration data mutated and read inside the section
${gpuType}
export function setMode(dev: drm.Device<Gpu>, mode: number): number {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  return guard.registrationDataWith((parent, data) => {
    data.cfg.mode = mode;
    data.log.push(parent.name + ': mode ' + mode);
    return data.cfg.mode;
  });
}`,
  },
  {
    code: imports + `// L1: ioctl handler: its drm.Device and file are handles (stored anywhere), plain data copied into the file
${gpuType}
const openDevices = new Set<drm.Device<Gpu>>();
const files: drm.File<{ id: number; lastMode?: number }>[] = [];
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    getParam(dev, regData, arg, file) {
      openDevices.add(dev);
      files.push(file);
      const { mode } = regData.cfg;
      file.inner().lastMode = mode;
      return mode + arg.id;
    },
  },
};`,
  },
  {
    code: imports + `// L0: async ioctl handler and async withUnbindGuard callback use guarded values only before their first await
${gpuType}
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    async getParam(_dev, regData, arg) {
      const mode = regData.cfg.mode;
      await Promise.resolve();
      return mode + arg.id;
    },
  },
};
export function announce(dev: drm.Device<Gpu>, settle: () => Promise<void>): void {
  void dev.withUnbindGuard(async (parent) => {
    const name = parent.name;
    await settle();
    console.log(name + ' settled');
  });
}`,
  },
  {
    code: imports + `// L2: IRQ handler takes a guard and stores only plain data in the driver data (class driver)
${gpuType}
${gpuDriver}
interface GpuData { reg: drm.Registration<Gpu>; irq?: pci.IrqRegistration; lastVendor?: number }
export class GpuPciDriver implements pci.Driver<GpuData> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 0x10de, device: 0x2184 }];
  probe(dev: pci.Device<device.Core>): GpuData {
    const udev = drm.UnregisteredDevice.new(gpu, dev, { label: 'gpu0' });
    const data: GpuData = { reg: drm.Registration.new(dev, udev, { cfg: { mode: 0 }, log: [] }, 0) };
    const ddev = data.reg.device();
    data.irq = dev.requestIrq(0, 'gpu', () => {
      using guard = ddev.unbindGuard();
      if (guard) data.lastVendor = guard.parent.vendorId;
    });
    return data;
  }
  unbind(_dev: pci.Device<device.Core>, data: Readonly<GpuData>): void {
    data.reg.device().withUnbindGuard((parent) => parent.asRef().info('unbinding'));
  }
}`,
  },
  // ---- issue 9, class 1: completions pass through finally blocks; DisposableStack ----
  {
    code: imports + `// L0: \`continue\` and a labelled \`break\` inside try run its finally: the guard is released on every path
${gpuType}
export function total(devs: drm.Device<Gpu>[][]): number {
  let n = 0;
  outer: for (const row of devs) {
    for (const dev of row) {
      const guard = dev.unbindGuard();
      if (!guard) continue;
      try {
        if (guard.parent.revision < 2) continue;
        if (guard.parent.revision > 9) break outer;
        n += guard.parent.vendorId;
      } finally {
        guard.release();
      }
    }
  }
  return n;
}`,
  },
  {
    code: imports + `// L0: a throw caught by an inner catch does not run the outer finally: the guard is released once, at the end
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  try {
    try {
      if (guard.parent.revision > 3) throw new Error('too new');
    } catch {
      return guard.parent.vendorId;
    }
    return guard.parent.revision;
  } finally {
    guard.release();
  }
}`,
  },
  {
    code: imports + `// L2: a DisposableStack declared with \`using\` releases the guards given to use, adopt and defer on every path
${gpuType}
export function revision(dev: drm.Device<Gpu>, other: drm.Device<Gpu>, third: drm.Device<Gpu>): number {
  using stack = new DisposableStack();
  const guard = stack.use(dev.unbindGuard());
  if (!guard) return 0;
  const second = other.unbindGuard();
  if (!second) return 1;
  stack.adopt(second, (g) => g.release());
  const last = third.unbindGuard();
  if (!last) return 2;
  stack.defer(() => last.release());
  return guard.parent.revision + second.parent.revision + last.parent.revision;
}`,
  },
  {
    code: imports + `// L0: an early return before the acquisition owes no release; a guard taken in a loop and released on each path of a switch
${gpuType}
export function revision(dev: drm.Device<Gpu>, quick: boolean): number {
  if (quick) return 0;
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  const r = guard.parent.revision;
  guard.release();
  return r;
}
export function count(dev: drm.Device<Gpu>, kinds: number[]): number {
  let n = 0;
  for (const k of kinds) {
    const guard = dev.unbindGuard();
    if (!guard) continue;
    switch (k) {
      case 0:
        guard.release();
        continue;
      default:
        n += guard.parent.revision;
    }
    guard.release();
  }
  return n;
}`,
  },
  {
    code: imports + `// L0: a finally that releases the guard and returns replaces the completion that ran it
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  try {
    if (guard.parent.revision > 3) throw new Error('too new');
    return guard.parent.revision;
  } finally {
    guard.release();
    return -1;
  }
}`,
  },
  // ---- issue 9, class 5: async flow ----
  {
    code: imports + `// L0: \`for await\` and an await at the end of a loop body inside a \`using\` block (and a try/finally that releases)
${gpuType}
export async function drain(dev: drm.Device<Gpu>, events: AsyncIterable<number>, tick: () => Promise<void>): Promise<void> {
  using guard = dev.unbindGuard();
  if (!guard) return;
  for await (const e of events) {
    guard.parent.asRef().info(String(e));
  }
  const other = dev.unbindGuard();
  if (!other) return;
  try {
    for (let i = 0; i < 3; i++) {
      other.parent.asRef().info('poll');
      await tick();
    }
  } finally {
    other.release();
  }
}`,
  },
  {
    code: imports + `// L2: an async withUnbindGuard callback whose loop copies plain data, with its await after the loop
${gpuType}
export function poll(dev: drm.Device<Gpu>, tick: () => Promise<void>): void {
  void dev.withUnbindGuard(async (parent) => {
    const names: string[] = [];
    for (let i = 0; i < 3; i++) names.push(parent.name + i);
    await tick();
    console.log(names.join());
  });
}`,
  },
  {
    code: imports + `// L2: for await in an async withUnbindGuard callback that takes a new section for each element
${gpuType}
export function drain(dev: drm.Device<Gpu>, events: AsyncIterable<number>): void {
  void dev.withUnbindGuard(async () => {
    for await (const e of events) {
      dev.withUnbindGuard((parent) => parent.asRef().info(String(e)));
    }
  });
}`,
  },
  // ---- issue 9, class 7: function values ----
  {
    code: imports + `// L2: functions bound to the parent and called during the section; a bound function holding only a handle given to a timer
${gpuType}
export function now(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const read = function (this: pci.Device<device.Bound>, bar: number): number {
    return this.resourceLen(bar);
  };
  const bound = read.bind(guard.parent);
  const handle = guard.parent.toNormal();
  setTimeout(function (this: pci.Device) { console.log(this.name); }.bind(handle), 10);
  return bound(0) + read.call(guard.parent, 1) + read.apply(guard.parent, [2]);
}`,
  },
  {
    code: imports + `import { describeParent } from './no-leaked-unbind-guard.helpers.js';
// L4: a helper in another module called with .call and .apply during the section
${gpuType}
export function report(dev: drm.Device<Gpu>): string {
  using guard = dev.unbindGuard();
  if (!guard) return '';
  return describeParent.call(undefined, guard.parent) + describeParent.apply(undefined, [guard.parent]);
}`,
  },
  {
    code: imports + `// L3: a same-file function bound to plain data copied out of the section, given to a timer
${gpuType}
function logRevision(this: { revision: number }, label: string): void {
  console.log(label, this.revision);
}
export function later(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  setTimeout(logRevision.bind({ revision: guard.parent.revision }, 'rev'), 10);
}`,
  },
  // ---- issue 9, class 8: promises resolved with it ----
  {
    code: imports + `// L0: Promise.withResolvers resolved with plain data and with a handle (toNormal)
${gpuType}
export function vendorLater(dev: drm.Device<Gpu>): Promise<number> {
  const { promise, resolve } = Promise.withResolvers<number>();
  dev.withUnbindGuard((parent) => {
    resolve(parent.vendorId);
  });
  return promise;
}
export function handleLater(dev: drm.Device<Gpu>): Promise<pci.Device> {
  const r = Promise.withResolvers<pci.Device>();
  using guard = dev.unbindGuard();
  if (guard) r.resolve(guard.parent.toNormal());
  return r.promise;
}`,
  },
  {
    code: imports + `// L1: a new Promise resolved (through an alias of resolve) with plain data inside a section
${gpuType}
export function revisionLater(dev: drm.Device<Gpu>): Promise<number> {
  return new Promise((resolve) => {
    const done = resolve;
    dev.withUnbindGuard((parent) => {
      done(parent.revision);
    });
  });
}`,
  },
  {
    // Not an L-level: code that does not import the model has no findings, whatever it does.
    code: `// no model import: a lookalike guard API of the user's own
interface Guard { parent: { name: string }; release(): void }
interface Dev { unbindGuard(): Guard | undefined }
let kept: { name: string } | undefined;
export function f(dev: Dev): void {
  const guard = dev.unbindGuard();
  if (!guard) return;
  kept = guard.parent;
  setTimeout(() => guard.parent.name, 0);
}`,
  },
  // ---- issue 9: values by type, proofs, ownership, access paths (docs/architecture.md) ----
  {
    name: 'L1: a spread copy of a numbers record leaves the section (its fields are copies)',
    code: imports + `// L1: a spread copy of a numbers record leaves the section (its fields are copies)
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
let lastCounts: Record<string, number> = {};
export function snapshot(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    lastCounts = { ...data.counters };
  });
}`,
  },
  {
    name: 'L1: Object.values and Object.entries of a numbers record pushed into module state',
    code: imports + `// L1: Object.values and Object.entries of a numbers record pushed into module state
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
const history: number[] = [];
const totals = new Map<string, number>();
export function record(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    history.push(...Object.values(data.counters));
    const values = Object.values(data.counters);
    history.push(values[0] ?? 0);
    for (const [name, count] of Object.entries(data.counters)) totals.set(name, count);
  });
}`,
  },
  {
    name: 'L0: the registration data is a number: a copy leaves the section',
    code: imports + `// L0: the registration data is a number: a copy leaves the section
type Counter = drm.Driver<{ label: string }, number, { id: number }, 'pci', { getParam: { id: number } }>;
let lastValue = 0;
export function read(dev: drm.Device<Counter>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, value) => {
    lastValue = value;
  });
}`,
  },
  {
    name: 'L1: an ioctl handler copies the elements of a numbers array into module state (spread, for-of, destructuring)',
    code: imports + `// L1: an ioctl handler copies the elements of a numbers array into module state (spread, for-of, destructuring)
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
const seen: number[][] = [];
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    getParam(_dev, regData, arg) {
      seen.push([...regData.samples]);
      const [first] = regData.samples;
      for (const sample of regData.samples) seen.push([sample]);
      const { kind } = regData;
      seen.push([kind === 'a' ? 1 : 2, first ?? 0]);
      return arg.id;
    },
  },
};`,
  },
  {
    name: 'L0: strings made from the parent (String, JSON.stringify, template, concatenation, a getter) leave the section',
    code: imports + `// L0: strings made from the parent (String, JSON.stringify, template, concatenation, a getter) leave the section
type Gpu = drm.Driver<{ label: string }, { n: number }, { id: number }, 'pci', { getParam: { id: number } }>;
let names: string[] = [];
let last = '';
export function remember(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    names = [String(parent.vendorId), JSON.stringify(parent.deviceId), \`\${parent.name}\`, parent.name + '!'];
    last = parent.name;
  });
}`,
  },
  {
    name: 'L3: a same-file helper keeps a spread copy of the numbers record it is given',
    code: imports + `// L3: a same-file helper keeps a spread copy of the numbers record it is given
type Gpu = drm.Driver<{ label: string }, { counters: Record<string, number> }, { id: number }, 'pci', { getParam: { id: number } }>;
let lastCounts: Record<string, number> = {};
function keepCounts(counts: Record<string, number>): void {
  lastCounts = { ...counts };
}
export function snapshot(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => keepCounts(data.counters));
}`,
  },
  {
    name: 'L4: a helper in another module keeps Object.values of the numbers record it is given',
    code: imports + `import { tally } from './no-leaked-unbind-guard.helpers.js';
// L4: a helper in another module keeps Object.values of the numbers record it is given
type Gpu = drm.Driver<{ label: string }, { counters: Record<string, number> }, { id: number }, 'pci', { getParam: { id: number } }>;
export function snapshot(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => tally(data.counters));
}`,
  },
  {
    name: "L0: devres.access() with the guard's parent used inside the section only",
    code: imports + `// L0: devres.access() with the guard's parent used inside the section only
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
export function peek(dev: drm.Device<Gpu>, regs: devres.Devres<pci.Bar>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const bar = regs.access(guard.parent.asRef());
  return bar.read32(0);
}`,
  },
  {
    name: "L1: pci.Device.fromDevice() of the section's parent: only its vendor id leaves",
    code: imports + `// L1: pci.Device.fromDevice() of the section's parent: only its vendor id leaves
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
let lastVendor = 0;
export function keep(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    const pdev = pci.Device.fromDevice(parent.asRef());
    lastVendor = pdev.vendorId;
  });
}`,
  },
  {
    name: 'L3: a same-file helper obtains the Bar with the parent and reads it inside the section',
    code: imports + `// L3: a same-file helper obtains the Bar with the parent and reads it inside the section
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
function barOf(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}
export function peek(dev: drm.Device<Gpu>, regs: devres.Devres<pci.Bar>): number | undefined {
  return dev.withUnbindGuard((parent) => barOf(regs, parent).read32(0));
}`,
  },
  {
    name: 'L0: a branded number (number & { __brand }) of the registration data is a copy',
    code: imports + `// L0: a branded number (number & { __brand }) of the registration data is a copy
type DevId = number & { readonly __brand: 'DevId' };
type Gpu = drm.Driver<{ label: string }, { id: DevId }, { id: number }, 'pci', { getParam: { id: number } }>;
let lastId: DevId | undefined;
export function remember(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    lastId = data.id;
  });
}`,
  },
  {
    name: 'L1: Math.max over the samples, slice(), a rest copy of a numbers record and structuredClone leave the section',
    code: imports + `// L1: Math.max over the samples, slice(), a rest copy of a numbers record and structuredClone leave the section
type Gpu = drm.Driver<{ label: string }, { samples: number[]; counters: Record<string, number>; cfg: { mode: number } }, { id: number }, 'pci', { getParam: { id: number } }>;
let peak = 0;
let copy: number[] = [];
let rest: Record<string, number> = {};
let cfg: { mode: number } = { mode: 0 };
export function remember(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    peak = Math.max(...data.samples);
    copy = data.samples.slice();
    const { ...others } = data.counters;
    rest = others;
    cfg = structuredClone(data.cfg);
  });
}`,
  },
  {
    name: "L3: a getter of a user's wrapper class made in the section returns a string: the copy leaves",
    code: imports + `// L3: a getter of a user's wrapper class made in the section returns a string: the copy leaves
type Gpu = drm.Driver<{ label: string }, { n: number }, { id: number }, 'pci', { getParam: { id: number } }>;
class Wrapped {
  constructor(private readonly dev: pci.Device<device.Bound>) {}
  get label(): string {
    return \`\${this.dev.name}:\${this.dev.vendorId}\`;
  }
}
let lastLabel = '';
export function remember(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    const wrapped = new Wrapped(parent);
    lastLabel = wrapped.label;
  });
}`,
  },
  {
    code: imports + `// L3: a curried helper whose closure stores into a Map made in the section: nothing leaves it
${gpuType}
function keepIn(store: Map<string, pci.Device<device.Bound>>) {
  return (k: string, v: pci.Device<device.Bound>) => {
    store.set(k, v);
  };
}
export function remember(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const local = new Map<string, pci.Device<device.Bound>>();
  keepIn(local)('gpu', guard.parent);
  return local.size;
}`,
  },
  {
    code: imports + `// L1: a guard kept in a field of a local object, checked and released through it
${gpuType}
export function stamp(dev: drm.Device<Gpu>): string {
  const ctx = { guard: dev.unbindGuard(), at: Date.now() };
  if (!ctx.guard) return 'unplugged';
  try {
    return \`\${ctx.guard.parent.vendorId}@\${ctx.at}\`;
  } finally {
    ctx.guard.release();
  }
}`,
  },
  {
    code: imports + `// L1: \`using\` of a guard read from a field of a local object
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const ctx = { guard: dev.unbindGuard() };
  using guard = ctx.guard;
  if (!guard) return 0;
  return guard.parent.vendorId;
}`,
  },
  {
    code: imports + `// L3: a callback the helper runs before its own finally releases the guard
${gpuType}
function runAndRelease<R>(guard: drm.UnbindGuard<Gpu>, work: () => R): R {
  try {
    return work();
  } finally {
    guard.release();
  }
}
export function revisionOrZero(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  return runAndRelease(guard, () => guard.parent.revision);
}`,
  },
  {
    code: imports + `// L1: two guards held in an array literal, each released by a for-of over it in a finally
${gpuType}
export function firstRevision(primary: drm.Device<Gpu>, secondary: drm.Device<Gpu>): number {
  const guards = [primary.unbindGuard(), secondary.unbindGuard()];
  const [first] = guards;
  try {
    return first ? first.parent.revision : 0;
  } finally {
    for (const guard of guards) guard?.release();
  }
}`,
  },
  {
    code: imports + `// L1: guards released by a for-of over a Set made from an array literal
${gpuType}
export function releaseBoth(primary: drm.Device<Gpu>, secondary: drm.Device<Gpu>): number {
  const held = new Set([primary.unbindGuard(), secondary.unbindGuard()]);
  for (const guard of held) guard?.release();
  return held.size;
}`,
  },
  {
    code: imports + `// L1: a for-of over an array literal of guards and a spread one, skipping the missing ones with continue
${gpuType}
export function releaseAll(primary: drm.Device<Gpu>, secondary: drm.Device<Gpu>): number {
  const first = primary.unbindGuard();
  const rest = [secondary.unbindGuard()];
  let released = 0;
  for (const guard of [first, ...rest]) {
    if (!guard) continue;
    guard.release();
    released++;
  }
  return released;
}`,
  },
  {
    code: imports + `// L1: a Bar stored into an array reached by optional chaining on an object created in the section
${gpuType}
export function ringCount(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const local: { perRing?: { cfgs: { mode: number }[] } } = { perRing: { cfgs: [] } };
    const cfgs = local.perRing?.cfgs;
    if (cfgs) cfgs[0] = data.cfg;
    local.perRing?.cfgs.push(data.cfg);
    return cfgs?.length ?? 0;
  });
}`,
  },
  {
    code: imports + `// L1: a name given to a call's result inside the section is a place of its own
${gpuType}
function makeSlots(): { mode: number }[] {
  return [];
}
export function slotCount(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const slots = makeSlots();
    slots[0] = data.cfg;
    return slots.length;
  });
}`,
  },
  // ---- a helper or method reading a section value out of what it is given hands its caller a part of it ----
  {
    code: imports + `// L3: a wrapper's getter and method return this.guard.parent; the caller reads it inside the section
${gpuType}
class Section<D extends drm.AnyDriver> {
  constructor(private readonly guard: drm.UnbindGuard<D>) {}
  get parent(): drm.UnbindGuard<D>['parent'] {
    return this.guard.parent;
  }
  parentOf(): drm.UnbindGuard<D>['parent'] {
    return this.guard.parent;
  }
}
export function revision(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const section = new Section(guard);
  if (section.parent.vendorId !== 0x10de) return -1;
  return section.parentOf().revision;
}`,
  },
  {
    code: imports + `// L3: a helper returns the parent of the guard its parameter holds; the caller reads it inside the section
${gpuType}
interface Held {
  readonly guard: drm.UnbindGuard<Gpu>;
}
function parentOf(held: Held): drm.UnbindGuard<Gpu>['parent'] {
  return held.guard.parent;
}
export function revision(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return parentOf({ guard }).revision;
}`,
  },
  {
    code: imports + `// L3: helpers keep the guard in the slot they are given with ??=, ||= and &&=; the slot is local to the section
${gpuType}
interface Slot {
  first?: drm.UnbindGuard<Gpu>;
  any?: drm.UnbindGuard<Gpu>;
  last?: drm.UnbindGuard<Gpu>;
}
function adopt(slot: Slot, guard: drm.UnbindGuard<Gpu>): void {
  slot.first ??= guard;
}
function adoptAny(slot: Slot, guard: drm.UnbindGuard<Gpu>): void {
  slot.any ||= guard;
}
function replaceLast(slot: Slot, guard: drm.UnbindGuard<Gpu>): void {
  slot.last &&= guard;
}
export function revision(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const slot: Slot = {};
  adopt(slot, guard);
  adoptAny(slot, guard);
  replaceLast(slot, guard);
  return slot.first?.parent.revision ?? 0;
}`,
  },
  {
    code: imports + `import { GuardView } from './no-leaked-unbind-guard.helpers.js';
// L4: another module's wrapper hands out the parent (getter, method); the caller reads it inside the section
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const view = new GuardView(guard);
  if (view.parent.vendorId !== 0x10de) return -1;
  return view.parentOf().revision;
}`,
  },
  // ---- a guard handed to a user Disposable whose disposal releases it (issue 9, class 1) ----
  {
    code: imports + `// L3: a same-file Disposable wrapper keeps the guard (parameter property) and releases it in [Symbol.dispose]; declared with using
${gpuType}
class Section implements Disposable {
  constructor(private readonly guard: drm.UnbindGuard<Gpu>) {}
  [Symbol.dispose](): void {
    this.guard.release();
  }
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using section = new Section(guard);
  if (guard.parent.vendorId !== 0x10de) return -2;
  return guard.parent.revision + (section ? 0 : 1);
}`,
  },
  {
    code: imports + `// L3: a same-file wrapper keeps the guard in a private field assigned in its constructor; disposed by an explicit [Symbol.dispose]() call
${gpuType}
class Section {
  readonly #guard: drm.UnbindGuard<Gpu>;
  constructor(guard: drm.UnbindGuard<Gpu>) {
    this.#guard = guard;
  }
  [Symbol.dispose](): void {
    const held = this.#guard;
    held.release();
  }
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  const section = new Section(guard);
  const rev = guard.parent.revision;
  section[Symbol.dispose]();
  return rev;
}`,
  },
  {
    code: imports + `// L3: a same-file wrapper handed to a DisposableStack with use(); the stack is declared with using
${gpuType}
class Section implements Disposable {
  guard: drm.UnbindGuard<Gpu>;
  constructor(guard: drm.UnbindGuard<Gpu>) {
    this.guard = guard;
  }
  [Symbol.dispose](): void {
    this.guard.release();
  }
}
export function revision(dev: drm.Device<Gpu>): number {
  using stack = new DisposableStack();
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  stack.use(new Section(guard));
  return guard.parent.revision;
}`,
  },
  {
    code: imports + `// L3: a same-file wrapper whose dispose releases through a same-file helper it gives its field to
${gpuType}
function close(g: drm.UnbindGuard<Gpu>): void {
  g.release();
}
class Section implements Disposable {
  constructor(readonly guard: drm.UnbindGuard<Gpu>) {}
  [Symbol.dispose](): void {
    close(this.guard);
  }
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using _section = new Section(guard);
  return guard.parent.revision;
}`,
  },
  {
    code: imports + `// L3: a same-file helper disposes the wrapper it is given (its summary releases what the argument holds in the field)
${gpuType}
class Section implements Disposable {
  constructor(readonly guard: drm.UnbindGuard<Gpu>) {}
  [Symbol.dispose](): void {
    this.guard.release();
  }
}
function finish(section: Section): void {
  section[Symbol.dispose]();
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  const section = new Section(guard);
  const rev = guard.parent.revision;
  finish(section);
  return rev;
}`,
  },
  {
    code: imports + `// L3: a same-file AsyncDisposable wrapper releases the guard in [Symbol.asyncDispose]; declared with await using
${gpuType}
class Section implements AsyncDisposable {
  constructor(private readonly guard: drm.UnbindGuard<Gpu>) {}
  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.resolve();
    this.guard.release();
  }
}
export async function revision(dev: drm.Device<Gpu>): Promise<number> {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  await using _section = new Section(guard);
  return guard.parent.revision;
}`,
  },
  {
    code: imports + `import { HeldSection } from './no-leaked-unbind-guard.helpers.js';
// L4: a Disposable wrapper in another module keeps the guard and releases it when disposed; declared with using
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using section = new HeldSection(guard);
  if (guard.parent.vendorId !== 0x10de) return -2;
  return section.revision();
}`,
  },
  {
    code: imports + `import { HeldSection } from './no-leaked-unbind-guard.helpers.js';
// L4: a Disposable wrapper in another module, disposed in a finally by an explicit [Symbol.dispose]() call
${gpuType}
export function revision(dev: drm.Device<Gpu>, check: () => void): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  const section = new HeldSection(guard);
  try {
    check();
    return section.revision();
  } finally {
    section[Symbol.dispose]();
  }
}`,
  },
  {
    code: imports + `// L1: a handler table kept in its own const (satisfies) caches only a copy of what regData holds in a class's static Map
${gpuType}
class Modes {
  static readonly byId = new Map<number, number>();
}
const ioctls = {
  getParam: (_dev, regData, arg) => {
    if (!Modes.byId.has(arg.id)) Modes.byId.set(arg.id, regData.cfg.mode);
    return 0;
  },
} satisfies Gpu['ioctls'];
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls,
};`,
  },
  {
    code: imports + `// L3: an ioctl table declared on its own with satisfies; its handlers give regData.bar to helpers that use it during the call
type Scan = drm.Driver<{ label: string }, { readonly bar: pci.Bar; readonly id: number }, { id: number }, 'pci', { setBase: { base: number }; ring: { seqno: number } }>;
function ringNow(bar: pci.Bar, seqno: number): void {
  bar.write32(seqno, 0x900);
}
function each(run: () => void): void {
  run();
}
const ioctls = {
  setBase: (_dev, regData, arg) => {
    ringNow(regData.bar, arg.base);
    return 0;
  },
  ring(_dev, regData, arg) {
    each(() => regData.bar.write32(arg.seqno, 0x900));
    return 0;
  },
} satisfies Scan['ioctls'];
export const scan: Scan = { info: { name: 'scan', desc: 'Scan', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls };`,
  },
  {
    code: imports + `// L3: a guard a generic helper returns from the callback it runs, released by the caller
${gpuType}
function make<T>(build: () => T): T {
  const value = build();
  return value;
}
export function vendor(dev: drm.Device<Gpu>): number {
  const guard = make(() => dev.unbindGuard());
  if (!guard) return 0;
  const id = guard.parent.vendorId;
  guard.release();
  return id;
}`,
  },
  // ---- async ioctl handlers typed by their context (a checked table, a typed variable, a class) ----
  {
    code: imports + `// L1: a \`satisfies\`-checked table's async handler uses regData before its first await and a copy after it
${gpuType}
declare function tick(): Promise<void>;
const ioctls = {
  getParam: async (_dev, regData, arg) => {
    const count = regData.log.length;
    regData.log.push('start');
    await tick();
    return count + arg.id;
  },
} satisfies Gpu['ioctls'];
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls };`,
  },
  {
    code: imports + `// L2: a class implementing the ioctl table: its async handler reads regData only before the await
${gpuType}
type GpuIoctls = Gpu['ioctls'];
class Handlers implements GpuIoctls {
  async getParam(_dev: drm.Device<Gpu>, regData: drm.RegDataOf<Gpu>, arg: { id: number }): Promise<number> {
    const mode = regData.cfg.mode;
    for (let i = 0; i < arg.id; i++) await Promise.resolve();
    return mode;
  }
}
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: new Handlers() };`,
  },
  {
    code: imports + `// L1: a table variable without a type, given to the driver in shorthand: its async handler uses regData before the await only
${gpuType}
const ioctls = {
  getParam: async (_dev: drm.Device<Gpu>, regData: drm.RegDataOf<Gpu>, arg: { id: number }): Promise<number> => {
    const n = regData.log.push('start');
    await Promise.resolve();
    return n + arg.id;
  },
};
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls };`,
  },
  {
    code: imports + `// L2: a class method bound into the ioctl table keeps only a copy of regData's plain number
${gpuType}
const modes: number[] = [];
class Nic {
  getParam(_dev: unknown, regData: drm.RegDataOf<Gpu>, arg: { id: number }): number {
    modes.push(regData.cfg.mode);
    return arg.id;
  }
}
const nic = new Nic();
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: { getParam: nic.getParam.bind(nic) } };`,
  },
  {
    code: imports + `// L1: Object.fromEntries of pairs holding only plain numbers (and of a numbers record's entries) leaves the section
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; cfgs: Record<string, { mode: number }>; counters: Record<string, number> }, { id: number }, 'pci', { getParam: { id: number } }>;
let snap: Record<string, number> = {};
let counts: Record<string, number> = {};
export function keep(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    snap = Object.fromEntries([['mode', data.cfg.mode], ['n', 1]]);
    counts = Object.fromEntries(Object.entries(data.counters));
  });
}`,
  },
  {
    code: imports + `// L3: a helper returns the guard it took inside a discriminated result; the caller checks \`ok\` and releases it with \`using\`
${gpuType}
type Entered = { readonly ok: true; readonly guard: drm.UnbindGuard<Gpu> } | { readonly ok: false; readonly reason: string };
function tryEnter(dev: drm.Device<Gpu>): Entered {
  const guard = dev.unbindGuard();
  return guard === undefined ? { ok: false, reason: 'gone' } : { ok: true, guard };
}
export function mode(dev: drm.Device<Gpu>): number | string {
  const entered = tryEnter(dev);
  if (!entered.ok) return entered.reason;
  using guard = entered.guard;
  return guard.registrationDataWith((_parent, data) => data.cfg.mode);
}`,
  },
  {
    code: imports + `// L3: a helper returns the guard it took inside a wrapper object; the caller releases it in a finally
${gpuType}
function enter(dev: drm.Device<Gpu>): { held: drm.UnbindGuard<Gpu> } | undefined {
  const guard = dev.unbindGuard();
  if (!guard) return undefined;
  return { held: guard };
}
export function vendor(dev: drm.Device<Gpu>): number {
  const entry = enter(dev);
  if (!entry) return 0;
  try {
    return entry.held.parent.vendorId;
  } finally {
    entry.held.release();
  }
}`,
  },
  {
    code: imports + `// L3: same-file type predicates narrow the guard: the branch where it is undefined owes no release
${gpuType}
function isHeld(g: drm.UnbindGuard<Gpu> | undefined): g is drm.UnbindGuard<Gpu> {
  return g !== undefined;
}
function isGone(g: drm.UnbindGuard<Gpu> | undefined): g is undefined {
  return g === undefined;
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!isHeld(guard)) return 0;
  try {
    return guard.parent.revision;
  } finally {
    guard.release();
  }
}
export function vendor(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (isGone(guard)) return 0;
  const v = guard.parent.vendorId;
  guard.release();
  return v;
}`,
  },
  {
    code: imports + `// L1: a static method type predicate guards a block; a do/while retries with a fresh guard each time
${gpuType}
class Sections {
  static held(g: drm.UnbindGuard<Gpu> | undefined): g is drm.UnbindGuard<Gpu> {
    return g !== undefined;
  }
}
export function poke(dev: drm.Device<Gpu>, tries = 3): boolean {
  let left = tries;
  do {
    const guard = dev.unbindGuard();
    if (Sections.held(guard)) {
      guard.parent.asRef().info('poke');
      guard.release();
      return true;
    }
  } while (--left > 0);
  return false;
}`,
  },
  {
    code: imports + `import { isHeldGuard } from './no-leaked-unbind-guard.helpers.js';
// L4: an imported generic type predicate narrows the guard
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!isHeldGuard(guard)) return -1;
  const rev = guard.parent.revision;
  guard.release();
  return rev;
}`,
  },
  {
    code: imports + `// L3: a factory returning a new object on each call: what is stored in it dies with it
${gpuType}
class Census {
  readonly seen: pci.Device<device.Bound>[] = [];
  static create(): Census {
    return new Census();
  }
  adopt(parent: pci.Device<device.Bound>): number {
    this.seen.push(parent);
    return this.seen.length;
  }
}
export function count(dev: drm.Device<Gpu>): number {
  return dev.withUnbindGuard((parent) => Census.create().adopt(parent)) ?? 0;
}`,
  },
  {
    code: imports + `import { ParentRegistry } from './no-leaked-unbind-guard.helpers.js';
// L4: the imported singleton keeps only a copy (the parent's name)
${gpuType}
export function note(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    ParentRegistry.shared().note(parent.name);
  });
}`,
  },
  {
    code: imports + `// L0: a typeof test for 'undefined' returns early; the guard is released in finally
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number | null {
  const guard = dev.unbindGuard();
  if (typeof guard === 'undefined') return null;
  try {
    return guard!.parent.vendorId;
  } finally {
    guard.release();
  }
}`,
  },
  {
    code: imports + `// L0: typeof tests that exclude undefined (!==, ==, 'object'), and a comparison with void 0
${gpuType}
export function revisions(dev: drm.Device<Gpu>): number {
  let sum = 0;
  const a = dev.unbindGuard();
  if (typeof a !== 'undefined') {
    sum += a.parent.revision;
    a.release();
  }
  const b = dev.unbindGuard();
  if (typeof b == 'object') {
    sum += b.parent.revision;
    b.release();
  }
  const c = dev.unbindGuard();
  if (c === void 0) return sum;
  sum += c.parent.revision;
  c.release();
  return sum;
}`,
  },
  {
    code: imports + `// L1: a typeof test through a local object's field, in a negated condition
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const held = { guard: dev.unbindGuard() };
  if (!(typeof held.guard === 'object')) return -1;
  const id = held.guard.parent.vendorId;
  held.guard.release();
  return id;
}`,
  },
  {
    code: imports + `// L2: a typeof test inside a timer callback
${gpuType}
export function later(dev: drm.Device<Gpu>, out: number[]): void {
  setTimeout(() => {
    const guard = dev.unbindGuard();
    if ('undefined' === typeof guard) return;
    out.push(guard.parent.revision);
    guard.release();
  }, 10);
}`,
  },
  {
    code: imports + `// L0: a number variable holds a copy of a field read through any
${gpuType}
export function status(dev: drm.Device<Gpu>): { raw: number } | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const loose: any = guard.parent;
  const raw: number = loose.deviceId;
  return { raw };
}`,
  },
  {
    code: imports + `// L1: a string variable assigned later, and a number field of a long-lived object, hold copies
${gpuType}
class Stats {
  last = 0;
  label = '';
}
export const stats = new Stats();
export function note(dev: drm.Device<Gpu>): { name: string } {
  let name: string;
  name = '';
  dev.withUnbindGuard((parent) => {
    const loose = parent as any;
    name = loose.name;
    stats.last = loose.revision;
  });
  return { name };
}`,
  },
  {
    code: imports + `// L2: a string parameter of a local helper receives a copy
${gpuType}
const names: string[] = [];
export function remember(dev: drm.Device<Gpu>): void {
  const keep = (label: string): void => {
    names.push(label);
  };
  dev.withUnbindGuard((parent) => {
    const loose: any = parent;
    keep(loose.name);
  });
}`,
  },
  {
    code: imports + `// L1: a function expression declared apart, its parameters typed structurally, named by the table: it reads regData before its await only
type Waiter = drm.Driver<{ label: string }, { counters: Record<string, number> }, { id: number }, 'pci', { wait: { ring: number; seqno: number } }>;
const wait = async function (_dev: unknown, regData: { readonly counters: Record<string, number> }, arg: { ring: number; seqno: number }): Promise<number> {
  arg.seqno = regData.counters[\`ring\${arg.ring}\`] ?? 0;
  await new Promise((done) => setTimeout(done, 1));
  return arg.seqno;
};
export const waiter: Waiter = { info: { name: 'waiter', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: { wait } };`,
  },
  {
    code: imports + `// L0: a switch over a union whose cases all release (and return) leaves no path past it
${gpuType}
export function probeMode(dev: drm.Device<Gpu>, mode: 'fast' | 'slow'): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  switch (mode) {
    case 'fast':
      guard.release();
      return 1;
    case 'slow': {
      const rev = guard.parent.revision;
      guard.release();
      return rev;
    }
  }
}`,
  },
];

/**
 * An invalid case whose one finding is a guard not released, with the suggestion to declare it
 * with `using` (the `const` on that line becomes `using`).
 */
function notReleasedCase(code: string, line: number, column: number): InvalidTestCase<MessageIds, []> {
  const lines = code.split('\n');
  lines[line - 1] = (lines[line - 1] ?? '').replace(/\bconst\b/, 'using');
  return { code, errors: [{ messageId: 'notReleased', line, column, suggestions: [{ messageId: 'useUsing', output: lines.join('\n') }] }] };
}

const invalid: InvalidTestCase<MessageIds, []>[] = [
  {
    code: imports + `// L0: an unknown variable can hold what a read through any gives: returned, it escapes
${gpuType}
export function status(dev: drm.Device<Gpu>): { kept: unknown } | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const loose: any = guard.parent;
  const kept: unknown = loose.resources;
  return { kept };
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 3 }],
  },
  {
    code: imports + `// L2: a parameter of an object type receives the reference: stored in a module array, it escapes
${gpuType}
const kept: object[] = [];
export function remember(dev: drm.Device<Gpu>): void {
  const keep = (what: object): void => {
    kept.push(what);
  };
  dev.withUnbindGuard((parent) => {
    const loose: any = parent;
    keep(loose.resources);
  });
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 5 }],
  },
  notReleasedCase(
    imports + `// L0: typeof 'object' means the guard is held: that branch returns without releasing it
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (typeof guard === 'object') return guard.parent.vendorId;
  return 0;
}`,
    5,
    17,
  ),
  notReleasedCase(
    imports + `// L1: typeof !== 'undefined' through an alias: the held branch never releases it
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  const alias = guard;
  if (typeof alias !== 'undefined') {
    return alias.parent.vendorId;
  }
  return 0;
}`,
    5,
    17,
  ),
  {
    code: imports + `// L3: a lazily created module-level instance (\`if (!instance) instance = new Pool(); return instance;\`) is long-lived
${gpuType}
class Pool {
  readonly items: pci.Device<device.Bound>[] = [];
  add(parent: pci.Device<device.Bound>): void {
    this.items.push(parent);
  }
}
let instance: Pool | undefined;
function pool(): Pool {
  if (!instance) instance = new Pool();
  return instance;
}
export function share(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    pool().add(parent);
  });
}`,
    errors: [{ messageId: 'escapes', line: 17, column: 5 }],
  },
  {
    code: imports + `// L3: a type predicate over another argument does not narrow the guard: the early return leaks it
${gpuType}
function isNamed(label: string | undefined, _g: drm.UnbindGuard<Gpu> | undefined): label is string {
  return label !== undefined;
}
export function tag(dev: drm.Device<Gpu>, label?: string): string {
  const guard = dev.unbindGuard();
  if (!isNamed(label, guard)) return '';
  if (!guard) return label;
  const s = label + guard.parent.name;
  guard.release();
  return s;
}`,
    errors: [{ messageId: 'notReleased', line: 8, column: 17 }],
  },
  {
    code: imports + `// L3: a type predicate narrows the guard, but the path where it is held never releases it
${gpuType}
function isHeld(g: drm.UnbindGuard<Gpu> | undefined): g is drm.UnbindGuard<Gpu> {
  return g !== undefined;
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!isHeld(guard)) return 0;
  return guard.parent.revision;
}`,
    errors: [{ messageId: 'notReleased', line: 8, column: 17, suggestions: [{ messageId: 'useUsing', output: imports + `// L3: a type predicate narrows the guard, but the path where it is held never releases it
${gpuType}
function isHeld(g: drm.UnbindGuard<Gpu> | undefined): g is drm.UnbindGuard<Gpu> {
  return g !== undefined;
}
export function revision(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!isHeld(guard)) return 0;
  return guard.parent.revision;
}` }] }],
  },
  {
    code: imports + `// L3: a singleton accessor (a static field kept with ??=) hands out a long-lived object; the parent stored in it escapes
${gpuType}
class Registry {
  static #instance: Registry | undefined;
  readonly #parents = new Map<number, pci.Device<device.Bound>>();
  static shared(): Registry {
    return (Registry.#instance ??= new Registry());
  }
  adopt(parent: pci.Device<device.Bound>): number {
    this.#parents.set(parent.deviceId, parent);
    return this.#parents.size;
  }
}
export function announce(dev: drm.Device<Gpu>): number {
  return dev.withUnbindGuard((parent) => Registry.shared().adopt(parent)) ?? 0;
}`,
    errors: [{ messageId: 'escapes', line: 16, column: 42 }],
  },
  {
    code: imports + `// L1: inside the section, a new object kept by a static field is long-lived: the parent pushed into it escapes
${gpuType}
class Pool {
  static current: Pool | undefined;
  readonly items: pci.Device<device.Bound>[] = [];
}
export function pool(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    const p = (Pool.current ??= new Pool());
    p.items.push(parent);
  });
}`,
    errors: [{ messageId: 'escapes', line: 11, column: 5 }],
  },
  {
    code: imports + `import { ParentRegistry } from './no-leaked-unbind-guard.helpers.js';
// L4: the imported singleton keeps the parent
${gpuType}
export function adopt(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    ParentRegistry.shared().adopt(parent);
  });
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 5 }],
  },
  // ---- escapes: L0 ----
  {
    code: imports + `// L0: the guard's parent (a platform device: the parent type follows the driver's bus) assigned to a module variable
type Display = drm.Driver<{ label: string }, { planes: number }, {}, 'platform', {}>;
let lastParent: platform.Device<device.Bound> | undefined;
export function poke(dev: drm.Device<Display>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  lastParent = guard.parent;
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 3 }],
  },
  {
    code: imports + `// L0: the guard itself stored in a field of a long-lived object (then released)
${gpuType}
export class Scanout {
  current: drm.UnbindGuard<Gpu> | undefined;
  constructor(private readonly dev: drm.Device<Gpu>) {}
  flip(): void {
    const guard = this.dev.unbindGuard();
    if (!guard) return;
    this.current = guard;
    guard.parent.asRef().info('flip');
    guard.release();
  }
}`,
    errors: [{ messageId: 'escapes', line: 10, column: 5 }],
  },
  {
    code: imports + `// L0: registrationDataWith callback returns the registration data's object
${gpuType}
export function currentConfig(dev: drm.Device<Gpu>): { mode: number } | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith((_parent, data) => {
    return data.cfg;
  });
}`,
    // One problem, one finding: the outer `return` hands on the value that already escaped.
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  {
    code: imports + `// L0: ioctl handler stores what it reaches through regData in the file (which outlives the binding)
${gpuType}
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    getParam(_dev, regData, _arg, file) {
      file.inner().cfg = regData.cfg;
      return 0;
    },
  },
};`,
    errors: [{ messageId: 'escapes', line: 10, column: 7 }],
  },
  {
    code: imports + `// L0: an ioctl handler written as a typed const (drm.IoctlHandler) and named in the table by shorthand
${gpuType}
let lastConfig: { mode: number } | undefined;
const getParam: drm.IoctlHandler<Gpu, { id: number }> = (_dev, regData, arg) => {
  lastConfig = regData.cfg;
  return arg.id;
};
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: { getParam },
};`,
    errors: [{ messageId: 'escapes', line: 6, column: 3 }],
  },
  {
    code: imports + `// L0: yield of the parent from a generator
${gpuType}
export function* boundParents(devs: drm.Device<Gpu>[]): Generator<pci.Device<device.Bound>> {
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (guard) yield guard.parent;
  }
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 16 }],
  },
  {
    code: imports + `// L0: a promise resolved with the parent
${gpuType}
export function parentWhenReady(dev: drm.Device<Gpu>): Promise<pci.Device<device.Bound>> {
  return new Promise((resolve, reject) => {
    using guard = dev.unbindGuard();
    if (!guard) return reject(new Error('unplugged'));
    resolve(guard.parent);
  });
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  // ---- escapes: L1 ----
  {
    code: imports + `// L1: destructured from the guard into a user's own wrapper object stored in a module variable
${gpuType}
class ParentRef {
  constructor(readonly dev: pci.Device<device.Bound>, readonly at: number) {}
}
let cached: ParentRef | undefined;
export function track(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (guard === undefined) return;
  const { parent } = guard;
  cached = new ParentRef(parent, Date.now());
}`,
    errors: [{ messageId: 'escapes', line: 12, column: 3 }],
  },
  {
    code: imports + `// L1: held by an object literal that is put into a module-level Map
${gpuType}
const sessions = new Map<number, { parent: pci.Device<device.Bound>; id: number }>();
export function open(dev: drm.Device<Gpu>, id: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const session = { parent: guard.parent, id };
  sessions.set(id, session);
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 3 }],
  },
  {
    code: imports + `// L1: through a conditional into a parameter's field; in an array literal with a spread, returned
${gpuType}
export function attach(dev: drm.Device<Gpu>, slot: { parent?: pci.Device<device.Bound> }, primary: boolean): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const chosen = primary ? guard.parent : slot.parent;
  slot.parent = chosen;
}
export function snapshot(dev: drm.Device<Gpu>, extra: pci.Device<device.Bound>[]): pci.Device<device.Bound>[] {
  using guard = dev.unbindGuard();
  if (!guard) return [];
  const all = [guard.parent, ...extra];
  return [...all];
}`,
    errors: [
      { messageId: 'escapes', line: 8, column: 3 },
      { messageId: 'escapes', line: 14, column: 3 },
    ],
  },
  {
    code: imports + `// L1: assigned to a variable declared outside the \`using\` block; the later use is not reported again
${gpuType}
export function name(dev: drm.Device<Gpu>): string {
  let parent: pci.Device<device.Bound> | undefined;
  {
    using guard = dev.unbindGuard();
    parent = guard?.parent;
  }
  return parent?.name ?? 'unplugged';
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  {
    code: imports + `// L1: pushed into a list created before the section (the section is the loop body)
${gpuType}
export function parentsOf(devs: drm.Device<Gpu>[]): pci.Device<device.Bound>[] {
  const out: pci.Device<device.Bound>[] = [];
  for (const dev of devs) {
    using guard = dev.unbindGuard();
    if (guard) out.push(guard.parent);
  }
  return out;
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 16 }],
  },
  {
    code: imports + `// L1: three different escapes of one value are three findings (index assignment, Set.add, globalThis)
${gpuType}
const slots: pci.Device<device.Bound>[] = [];
const live = new Set<pci.Device<device.Bound>>();
export function publish(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  slots[0] = parent;
  live.add(parent);
  (globalThis as { gpuParent?: pci.Device<device.Bound> }).gpuParent = parent;
}`,
    errors: [
      { messageId: 'escapes', line: 10, column: 3 },
      { messageId: 'escapes', line: 11, column: 3 },
      { messageId: 'escapes', line: 12, column: 3 },
    ],
  },
  // ---- escapes: L2 ----
  {
    code: imports + `// L2: captured by setTimeout
${gpuType}
export function scheduleReset(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  setTimeout(() => {
    parent.asRef().info('reset done');
  }, 100);
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 14 }],
  },
  {
    code: imports + `// L2: the guard captured by a .then callback
${gpuType}
export function refresh(dev: drm.Device<Gpu>, ready: Promise<void>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  void ready.then(() => guard.parent.asRef().info('refreshed'));
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 19 }],
  },
  {
    code: imports + `import { EventEmitter } from 'node:events';
// L2: captured by a listener on a long-lived emitter
${gpuType}
export const hotplug = new EventEmitter();
export function watch(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  hotplug.on('reset', () => parent.asRef().info('reset'));
}`,
    errors: [{ messageId: 'escapes', line: 10, column: 23 }],
  },
  {
    code: imports + `// L2: a nested function declaration over the parent is returned from the callback, also hoisted, in an object, through another
${gpuType}
export function reader(dev: drm.Device<Gpu>): ((bar: number) => number) | undefined {
  return dev.withUnbindGuard((parent) => {
    function sizeOf(bar: number): number {
      return parent.resourceLen(bar);
    }
    return sizeOf;
  });
}
export function hoisted(dev: drm.Device<Gpu>): { size: (bar: number) => number } | undefined {
  return dev.withUnbindGuard((parent) => {
    return { size: sizeOf };
    function sizeOf(bar: number): number {
      return parent.resourceLen(bar);
    }
  });
}
export function through(dev: drm.Device<Gpu>): (() => number) | undefined {
  return dev.withUnbindGuard((parent) => {
    function outer(): number {
      return inner() + 1;
    }
    function inner(): number {
      return parent.revision + (parent.vendorId > 0 ? 0 : outer());
    }
    return outer;
  });
}`,
    errors: [
      { messageId: 'escapes', line: 9, column: 5 },
      { messageId: 'escapes', line: 14, column: 5 },
      { messageId: 'escapes', line: 28, column: 5 },
    ],
  },
  {
    code: imports + `// L2: a nested function declaration over the parent kept in a module variable, a module array, by a timer and by .then
${gpuType}
let kept: ((bar: number) => number) | undefined;
const readers: ((bar: number) => number)[] = [];
export function keep(dev: drm.Device<Gpu>, done: Promise<number>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  kept = sizeOf;
  setTimeout(log, 10);
  void done.then(log);
  function sizeOf(bar: number): number {
    return parent.resourceLen(bar);
  }
  function log(): void {
    parent.asRef().info('later');
  }
}
export function push(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    function sizeOf(bar: number): number {
      return parent.resourceLen(bar);
    }
    readers.push(sizeOf);
  });
}
export function viaArrow(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    setTimeout(() => sizeOf(1), 10);
    function sizeOf(bar: number): number {
      return parent.resourceLen(bar);
    }
  });
}`,
    errors: [
      { messageId: 'escapes', line: 10, column: 3 },
      { messageId: 'escapes', line: 11, column: 14 },
      { messageId: 'escapes', line: 12, column: 18 },
      { messageId: 'escapes', line: 25, column: 5 },
      { messageId: 'escapes', line: 30, column: 16 },
    ],
  },
  {
    code: imports + `// L2: a closure over the guard stored in a module variable; a closure over the parent returned
${gpuType}
let onVblank: (() => number) | undefined;
export function arm(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  onVblank = () => guard.parent.revision;
}
export function reader(dev: drm.Device<Gpu>): (() => number) | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  const parent = guard.parent;
  return () => parent.vendorId;
}`,
    errors: [
      { messageId: 'escapes', line: 8, column: 3 },
      { messageId: 'escapes', line: 14, column: 3 },
    ],
  },
  {
    code: imports + `// L2: a callback run synchronously (forEach) pushes the parent into a module-level list
${gpuType}
const byBar: pci.Device<device.Bound>[] = [];
export function indexBars(dev: drm.Device<Gpu>, bars: number[]): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  bars.forEach((bar) => {
    if (guard.parent.resourceLen(bar) > 0) byBar.push(guard.parent);
  });
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 44 }],
  },
  {
    code: imports + `// L2: an IRQ handler stores the parent it got through a guard in the driver data (class driver)
${gpuType}
${gpuDriver}
interface GpuData { reg: drm.Registration<Gpu>; irq?: pci.IrqRegistration; lastParent?: pci.Device<device.Bound> }
export class GpuPciDriver implements pci.Driver<GpuData> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 0x10de, device: 0x2184 }];
  probe(dev: pci.Device<device.Core>): GpuData {
    const udev = drm.UnregisteredDevice.new(gpu, dev, { label: 'gpu0' });
    const data: GpuData = { reg: drm.Registration.new(dev, udev, { cfg: { mode: 0 }, log: [] }, 0) };
    const ddev = data.reg.device();
    data.irq = dev.requestIrq(0, 'gpu', () => {
      using guard = ddev.unbindGuard();
      if (guard) data.lastParent = guard.parent;
    });
    return data;
  }
}`,
    // Decision: a value obtained through a guard is this rule's, even when its type is Device<Bound>.
    errors: [{ messageId: 'escapes', line: 15, column: 18 }],
  },
  {
    code: imports + `// L2: captured by process.nextTick, setInterval and queueMicrotask (one finding per closure)
${gpuType}
export function pollLater(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    process.nextTick(() => parent.asRef().info('tick'));
    setInterval(() => parent.asRef().info('poll'), 1000);
    queueMicrotask(() => parent.asRef().info('micro'));
  });
}`,
    errors: [
      { messageId: 'escapes', line: 6, column: 22 },
      { messageId: 'escapes', line: 7, column: 17 },
      { messageId: 'escapes', line: 8, column: 20 },
    ],
  },
  // ---- escapes: L3 / L4 (reported at the call in the caller) ----
  {
    code: imports + `// L3: same-file helpers that store their parameter / capture it in a microtask
${gpuType}
const known: pci.Device<device.Bound>[] = [];
function remember(parent: pci.Device<device.Bound>): void {
  known.push(parent);
}
function logLater(parent: pci.Device<device.Bound>): void {
  queueMicrotask(() => parent.asRef().info('later'));
}
export function probeLink(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  remember(guard.parent);
}
export function ping(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => logLater(parent));
}`,
    errors: [
      { messageId: 'escapes', line: 14, column: 3 },
      { messageId: 'escapes', line: 17, column: 35 },
    ],
  },
  {
    code: imports + `import { remember } from './no-leaked-unbind-guard.helpers.js';
// L4: a helper in another module stores its parameter
${gpuType}
export function probeLink(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  remember(guard.parent);
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 3 }],
  },
  {
    code: imports + `import { keepConfig } from './no-leaked-unbind-guard.helpers.js';
// L4: registration data reached inside registrationDataWith handed to a helper in another module that keeps it
${gpuType}
export function snapshotConfig(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => keepConfig(data.cfg));
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 50 }],
  },
  // ---- a guard not released on every path (reported at the acquisition) ----
  {
    code: imports + `// L0: a guard never released
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.parent.vendorId;
}`,
    errors: [
      {
        messageId: 'notReleased',
        line: 5,
        column: 17,
        suggestions: [
          {
            messageId: 'useUsing',
            output: imports + `// L0: a guard never released
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.parent.vendorId;
}`,
          },
        ],
      },
    ],
  },
  {
    code: imports + `// L1: two guards taken in an array literal; only the first is bound (by position) and released
${gpuType}
export function first(dev: drm.Device<Gpu>, other: drm.Device<Gpu>): number {
  const [g] = [dev.unbindGuard(), other.unbindGuard()];
  if (!g) return 0;
  const rev = g.parent.revision;
  g.release();
  return rev;
}`,
    errors: [{ messageId: 'notReleased', line: 5, column: 35 }],
  },
  {
    code: imports + `// L0: a guard released on the main path but not on an early return
${gpuType}
export function setMode(dev: drm.Device<Gpu>, mode: number): boolean {
  const guard = dev.unbindGuard();
  if (!guard) return false;
  if (guard.parent.revision < 2) return false;
  guard.registrationDataWith((_parent, data) => {
    data.cfg.mode = mode;
  });
  guard.release();
  return true;
}`,
    errors: [{ messageId: 'notReleased', line: 5, column: 17 }],
  },
  {
    code: imports + `// L0: a guard in a \`let\` in a class method, never released
${gpuType}
export class VblankWorker {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  run(): number {
    let guard = this.dev.unbindGuard();
    if (!guard) return 0;
    return guard.parent.revision;
  }
}`,
    errors: [
      {
        messageId: 'notReleased',
        line: 7,
        column: 17,
        suggestions: [
          {
            messageId: 'useUsing',
            output: imports + `// L0: a guard in a \`let\` in a class method, never released
${gpuType}
export class VblankWorker {
  constructor(private readonly dev: drm.Device<Gpu>) {}
  run(): number {
    using guard = this.dev.unbindGuard();
    if (!guard) return 0;
    return guard.parent.revision;
  }
}`,
          },
        ],
      },
    ],
  },
  // ---- used after the section ended ----
  {
    code: imports + `// L1: an alias of the parent used after release()
${gpuType}
export function tearDown(dev: drm.Device<Gpu>): void {
  const guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  guard.release();
  parent.asRef().info('released');
}`,
    errors: [{ messageId: 'useAfterRelease', line: 9, column: 3 }],
  },
  {
    code: imports + `// L0: the guard's parent and registrationDataWith used after release()
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  guard.release();
  return guard.parent.revision;
}
export function mode(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  const name = guard.parent.name;
  guard.release();
  return guard.registrationDataWith((_parent, data) => data.cfg.mode + name.length);
}`,
    errors: [
      { messageId: 'useAfterRelease', line: 8, column: 10 },
      { messageId: 'useAfterRelease', line: 15, column: 10 },
    ],
  },
  {
    code: imports + `// L0: async withUnbindGuard callback uses the parent after an await
${gpuType}
export function announce(dev: drm.Device<Gpu>, settle: () => Promise<void>): void {
  void dev.withUnbindGuard(async (parent) => {
    parent.asRef().info('start');
    await settle();
    parent.asRef().info('done');
  });
}`,
    errors: [{ messageId: 'useAfterAwait', line: 8, column: 5 }],
  },
  {
    code: imports + `// L1: async registrationDataWith callback uses an alias of the registration data after an await
${gpuType}
export function record(dev: drm.Device<Gpu>, settle: () => Promise<void>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  void guard.registrationDataWith(async (_parent, data) => {
    const log = data.log;
    await settle();
    log.push('recorded');
  });
}`,
    errors: [{ messageId: 'useAfterAwait', line: 10, column: 5 }],
  },
  {
    code: imports + `// L0: async ioctl handler uses regData after an await
${gpuType}
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    async getParam(_dev, regData, arg) {
      await Promise.resolve();
      return regData.cfg.mode + arg.id;
    },
  },
};`,
    errors: [{ messageId: 'useAfterAwait', line: 11, column: 14 }],
  },
  // ---- issue 9: values by type, proofs, ownership, access paths (docs/architecture.md) ----
  {
    name: "L0: the registration data's record object itself (a reference, not a copy) leaves the section",
    code: imports + `// L0: the registration data's record object itself (a reference, not a copy) leaves the section
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
let lastCounts: Record<string, number> = {};
export function snapshot(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    lastCounts = data.counters;
  });
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  {
    name: 'L1: Object.values of a record of objects pushed into module state (its values are references)',
    code: imports + `// L1: Object.values of a record of objects pushed into module state (its values are references)
type Gpu = drm.Driver<{ label: string }, { cfgs: Record<string, { mode: number }> }, { id: number }, 'pci', { getParam: { id: number } }>;
const kept: { mode: number }[] = [];
export function keep(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    kept.push(...Object.values(data.cfgs));
  });
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  {
    name: 'L1: a spread copy of a record of objects leaves the section (its fields are references)',
    code: imports + `// L1: a spread copy of a record of objects leaves the section (its fields are references)
type Gpu = drm.Driver<{ label: string }, { cfgs: Record<string, { mode: number }> }, { id: number }, 'pci', { getParam: { id: number } }>;
let copy: Record<string, { mode: number }> = {};
export function keep(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    copy = { ...data.cfgs };
  });
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  {
    name: 'L1: for-of over an array of objects of the registration data pushes its elements into module state',
    code: imports + `// L1: for-of over an array of objects of the registration data pushes its elements into module state
type Gpu = drm.Driver<{ label: string }, { cfgs: { mode: number }[] }, { id: number }, 'pci', { getParam: { id: number } }>;
const kept: { mode: number }[] = [];
export function keep(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    for (const cfg of data.cfgs) kept.push(cfg);
  });
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 34 }],
  },
  {
    name: "L0: devres.access() with the guard's parent: the value is section-scoped and escapes into a module variable",
    code: imports + `// L0: devres.access() with the guard's parent: the value is section-scoped and escapes into a module variable
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
let lastBar: pci.Bar | undefined;
export function peek(dev: drm.Device<Gpu>, regs: devres.Devres<pci.Bar>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  lastBar = regs.access(guard.parent.asRef());
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 3 }],
  },
  {
    name: "L2: devres.access() with withUnbindGuard's parent, returned out of the callback",
    code: imports + `// L2: devres.access() with withUnbindGuard's parent, returned out of the callback
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
export function peek(dev: drm.Device<Gpu>, regs: devres.Devres<pci.Bar>): pci.Bar | undefined {
  return dev.withUnbindGuard((parent) => regs.access(parent.asRef()));
}`,
    errors: [{ messageId: 'escapes', line: 5, column: 42 }],
  },
  {
    name: "L0: pci.Device.fromDevice() of the guard's parent pushed into a module array",
    code: imports + `// L0: pci.Device.fromDevice() of the guard's parent pushed into a module array
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
const parents: pci.Device<device.Bound>[] = [];
export function keep(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  parents.push(pci.Device.fromDevice(guard.parent.asRef()));
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 3 }],
  },
  {
    name: 'L0: auxiliary parent() of the section-scoped parent assigned to a module variable',
    code: imports + `// L0: auxiliary parent() of the section-scoped parent assigned to a module variable
type Aux = drm.Driver<{ label: string }, { n: number }, { id: number }, 'auxiliary', { getParam: { id: number } }>;
let grand: device.Device<device.Bound> | undefined;
export function keep(dev: drm.Device<Aux>): void {
  dev.withUnbindGuard((adev) => {
    grand = adev.parent();
  });
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 5 }],
  },
  {
    name: "L1: the registration data's Devres accessed with the section's parent, kept in a module variable",
    code: imports + `// L1: the registration data's Devres accessed with the section's parent, kept in a module variable
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
let saved: pci.Bar | undefined;
export function peek(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((parent, data) => {
    saved = data.regs.access(parent.asRef());
  });
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  {
    name: 'L3: a same-file helper obtains the Bar with the parent it is given; the caller keeps it past the section',
    code: imports + `// L3: a same-file helper obtains the Bar with the parent it is given; the caller keeps it past the section
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; counters: Record<string, number>; samples: number[]; kind: 'a' | 'b'; regs: devres.Devres<pci.Bar> }, { id: number }, 'pci', { getParam: { id: number } }>;
let lastBar: pci.Bar | undefined;
function barOf(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}
export function peek(dev: drm.Device<Gpu>, regs: devres.Devres<pci.Bar>): void {
  dev.withUnbindGuard((parent) => {
    lastBar = barOf(regs, parent);
  });
}`,
    errors: [{ messageId: 'escapes', line: 10, column: 5 }],
  },
  {
    name: 'L4: a helper in another module obtains the Bar with the parent it is given; the caller keeps it past the section',
    code: imports + `import { barOf } from './no-leaked-unbind-guard.helpers.js';
// L4: a helper in another module obtains the Bar with the parent it is given; the caller keeps it past the section
type Gpu = drm.Driver<{ label: string }, { n: number }, { id: number }, 'pci', { getParam: { id: number } }>;
const bars: pci.Bar[] = [];
export function peek(dev: drm.Device<Gpu>, regs: devres.Devres<pci.Bar>): void {
  using guard = dev.unbindGuard();
  if (guard) bars.push(barOf(regs, guard.parent));
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 14 }],
  },
  {
    name: "L1: the section's parent stored through map.get(k)!.field of a module-level Map",
    code: imports + `// L1: the section's parent stored through map.get(k)!.field of a module-level Map
type Gpu = drm.Driver<{ label: string }, { n: number }, { id: number }, 'pci', { getParam: { id: number } }>;
const seen = new Map<string, { parent?: pci.Device<device.Bound> }>();
export function keep(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    seen.get('a')!.parent = parent;
  });
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 5 }],
  },
  {
    name: 'L2: a closure made in the section obtains the Bar with the parent; its result is kept outside',
    code: imports + `// L2: a closure made in the section obtains the Bar with the parent; its result is kept outside
type Gpu = drm.Driver<{ label: string }, { n: number }, { id: number }, 'pci', { getParam: { id: number } }>;
let saved: pci.Bar | undefined;
export function peek(dev: drm.Device<Gpu>, regs: devres.Devres<pci.Bar>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const parent = guard.parent;
  const read = () => regs.access(parent.asRef());
  saved = read();
}`,
    errors: [{ messageId: 'escapes', line: 10, column: 3 }],
  },
  {
    name: "L1: the guard's parent kept in an object, read through it after release()",
    code: imports + `// L1: the guard's parent kept in an object, read through it after release()
type Gpu = drm.Driver<{ label: string }, { n: number }, { id: number }, 'pci', { getParam: { id: number } }>;
export function late(dev: drm.Device<Gpu>): string {
  const guard = dev.unbindGuard();
  if (!guard) return '';
  const held = { parent: guard.parent };
  guard.release();
  return held.parent.name;
}`,
    errors: [{ messageId: 'useAfterRelease', line: 9, column: 10 }],
  },
  {
    name: "L3: a user's wrapper class made in the section, holding the parent, kept in a module variable",
    code: imports + `// L3: a user's wrapper class made in the section, holding the parent, kept in a module variable
type Gpu = drm.Driver<{ label: string }, { n: number }, { id: number }, 'pci', { getParam: { id: number } }>;
class Wrapped {
  constructor(readonly dev: pci.Device<device.Bound>) {}
}
let last: Wrapped | undefined;
export function remember(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    const wrapped = new Wrapped(parent);
    last = wrapped;
  });
}`,
    errors: [{ messageId: 'escapes', line: 11, column: 5 }],
  },
  // ---- issue 9, class 1: completions pass through finally blocks; DisposableStack ----
  {
    code: imports + `// L0: \`break\` inside try runs its finally: after the loop the guard is released, and its parent used
${gpuType}
export function settle(dev: drm.Device<Gpu>, limit: number): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  for (;;) {
    try {
      if (guard.parent.revision > limit) break;
      return 1;
    } finally {
      guard.release();
    }
  }
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'useAfterRelease', line: 15, column: 10 }],
  },
  {
    code: imports + `// L1: a guard used after the DisposableStack holding it was disposed
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const stack = new DisposableStack();
  const guard = stack.use(dev.unbindGuard());
  if (!guard) {
    stack.dispose();
    return 0;
  }
  const rev = guard.parent.revision;
  stack.dispose();
  return rev + guard.parent.vendorId;
}`,
    errors: [{ messageId: 'useAfterRelease', line: 13, column: 16 }],
  },
  {
    code: imports + `// L1: a guard given to a \`using\` DisposableStack in an inner block, used after that block
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return 0;
  {
    using stack = new DisposableStack();
    stack.use(guard);
    stack.defer(() => console.log('done'));
  }
  return guard.parent.revision;
}`,
    errors: [{ messageId: 'useAfterRelease', line: 12, column: 10 }],
  },
  // ---- issue 9, class 5: async flow ----
  {
    code: imports + `// L2: \`for await\` in an async withUnbindGuard callback awaits before each use of the parent
${gpuType}
export function drain(dev: drm.Device<Gpu>, events: AsyncIterable<number>): void {
  void dev.withUnbindGuard(async (parent) => {
    for await (const e of events) {
      parent.asRef().info(String(e));
    }
  });
}`,
    errors: [{ messageId: 'useAfterAwait', line: 7, column: 7 }],
  },
  {
    code: imports + `// L2: an await at the end of a loop body precedes the next iteration's use of the parent
${gpuType}
export function poll(dev: drm.Device<Gpu>, tick: () => Promise<void>): void {
  void dev.withUnbindGuard(async (parent) => {
    for (let i = 0; i < 3; i++) {
      parent.asRef().info('poll ' + i);
      await tick();
    }
  });
}`,
    errors: [{ messageId: 'useAfterAwait', line: 7, column: 7 }],
  },
  {
    code: imports + `// L2: an await in a do-while test of a registrationDataWith callback precedes the next iteration's use
${gpuType}
export function poll(dev: drm.Device<Gpu>, tick: () => Promise<boolean>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  void guard.registrationDataWith(async (_parent, data) => {
    do {
      data.log.push('tick');
    } while (await tick());
  });
}`,
    errors: [{ messageId: 'useAfterAwait', line: 9, column: 7 }],
  },
  {
    code: imports + `// L2: an async ioctl handler loops with \`for await\` over its registration data
${gpuType}
declare const events: AsyncIterable<number>;
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    async getParam(_dev, regData, arg) {
      for await (const e of events) regData.log.push(String(e));
      return arg.id;
    },
  },
};`,
    errors: [{ messageId: 'useAfterAwait', line: 11, column: 37 }],
  },
  {
    code: imports + `// L3: a same-file async helper given the parent loops with \`for await\`: it uses the parent after an await
${gpuType}
async function drainInto(parent: pci.Device<device.Bound>, events: AsyncIterable<number>): Promise<void> {
  for await (const e of events) parent.asRef().info(String(e));
}
export function drain(dev: drm.Device<Gpu>, events: AsyncIterable<number>): void {
  void dev.withUnbindGuard(async (parent) => {
    await drainInto(parent, events);
  });
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 11 }],
  },
  // ---- issue 9, class 7: function values ----
  {
    code: imports + `// L2: a function bound to the guard's parent (a bound argument) given to setTimeout
${gpuType}
function report(this: void, parent: pci.Device<device.Bound>): void {
  parent.asRef().info('late');
}
export function later(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  setTimeout(report.bind(undefined, guard.parent), 10);
}`,
    errors: [{ messageId: 'escapes', line: 10, column: 14 }],
  },
  {
    code: imports + `// L2: a function bound to the parent (its receiver) returned from the withUnbindGuard callback
${gpuType}
export function later(dev: drm.Device<Gpu>): (() => void) | undefined {
  return dev.withUnbindGuard((parent) => {
    const show = function (this: pci.Device<device.Bound>): void {
      this.asRef().info('late');
    };
    return show.bind(parent);
  });
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 5 }],
  },
  {
    code: imports + `// L3: fn.call with a receiver that outlives the section: the callee stores its argument in \`this\`
${gpuType}
const keep: { parent?: pci.Device<device.Bound> } = {};
function stash(this: { parent?: pci.Device<device.Bound> }, p: pci.Device<device.Bound>): void {
  this.parent = p;
}
export function f(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  stash.call(keep, guard.parent);
}`,
    errors: [{ messageId: 'escapes', line: 11, column: 3 }],
  },
  {
    code: imports + `// L2: fn.apply passes the parent to a closure that keeps it
${gpuType}
const kept: pci.Device<device.Bound>[] = [];
export function f(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const push = (p: pci.Device<device.Bound>): void => {
    kept.push(p);
  };
  push.apply(undefined, [guard.parent]);
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 5 }],
  },
  // ---- issue 9, class 8: promises resolved with it ----
  {
    code: imports + `// L0: a module-level Promise.withResolvers() resolved with the guard's parent: its promise outlives the section
${gpuType}
export const firstParent = Promise.withResolvers<pci.Device<device.Bound>>();
export function announce(dev: drm.Device<Gpu>): void {
  dev.withUnbindGuard((parent) => {
    firstParent.resolve(parent);
  });
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 5 }],
  },
  {
    code: imports + `// L1: resolve destructured from a resolvers object passed in, called with the guard's parent
${gpuType}
export function announce(dev: drm.Device<Gpu>, ready: PromiseWithResolvers<pci.Device<device.Bound>>): void {
  const { resolve } = ready;
  using guard = dev.unbindGuard();
  if (guard) resolve(guard.parent);
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 14 }],
  },
  {
    code: imports + `// L1: resolve destructured from Promise.withResolvers() called with the parent inside the section
${gpuType}
export function parentLater(dev: drm.Device<Gpu>): Promise<pci.Device<device.Bound>> {
  const { promise, resolve } = Promise.withResolvers<pci.Device<device.Bound>>();
  dev.withUnbindGuard((parent) => {
    resolve(parent);
  });
  return promise;
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 5 }],
  },
  {
    code: imports + `// L1: the resolvers object of Promise.withResolvers() resolved with the guard's parent, its promise returned
${gpuType}
export function parentLater(dev: drm.Device<Gpu>): Promise<pci.Device<device.Bound>> {
  const r = Promise.withResolvers<pci.Device<device.Bound>>();
  using guard = dev.unbindGuard();
  if (guard) r.resolve(guard.parent);
  return r.promise;
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 3 }],
  },
  {
    code: imports + `// L2: Promise.withResolvers().resolve reached through a property, called in a timer
${gpuType}
export function parentLater(dev: drm.Device<Gpu>): Promise<pci.Device<device.Bound>> {
  const r = Promise.withResolvers<pci.Device<device.Bound>>();
  dev.withUnbindGuard((parent) => {
    const settle = r.resolve;
    settle(parent);
  });
  return r.promise;
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  {
    code: imports + `// L3: a curried helper: the closure keepIn returns, called at once, stores the guarded parent in a module Map
${gpuType}
const seen = new Map<string, pci.Device<device.Bound>>();
function keepIn(store: Map<string, pci.Device<device.Bound>>) {
  return (k: string, v: pci.Device<device.Bound>) => {
    store.set(k, v);
  };
}
export function remember(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  keepIn(seen)('gpu', guard.parent);
}`,
    errors: [{ messageId: 'escapes', line: 13, column: 3 }],
  },
  {
    code: imports + `// L2: a model method of the guarded parent bound into a local variable, handed to a timer later
${gpuType}
export function later(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const generic = guard.parent.asRef();
  const say = generic.info.bind(generic, 'hello');
  setTimeout(say, 50);
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 14 }],
  },
  {
    code: imports + `// L1: a guard kept in a field of a local object, checked through it, never released
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const ctx = { guard: dev.unbindGuard() };
  if (!ctx.guard) return 0;
  return ctx.guard.parent.vendorId;
}`,
    errors: [{ messageId: 'notReleased', line: 5, column: 24 }],
  },
  {
    code: imports + `// L1: a guard released through a field of a local object, then used through it
${gpuType}
export function vendor(dev: drm.Device<Gpu>): number {
  const ctx = { guard: dev.unbindGuard() };
  if (!ctx.guard) return 0;
  ctx.guard.release();
  return ctx.guard.parent.vendorId;
}`,
    errors: [{ messageId: 'useAfterRelease', line: 8, column: 10 }],
  },
  {
    code: imports + `// L3: the guard used after the helper that ran the callback released it
${gpuType}
function runAndRelease<R>(guard: drm.UnbindGuard<Gpu>, work: () => R): R {
  try {
    return work();
  } finally {
    guard.release();
  }
}
export function revisionOrZero(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  const revision = runAndRelease(guard, () => guard.parent.revision);
  return revision + guard.parent.vendorId;
}`,
    errors: [{ messageId: 'useAfterRelease', line: 15, column: 21 }],
  },
  {
    code: imports + `// L1: a for-of over an array literal of guards left by break: the guards after it are not released
${gpuType}
export function releaseUntilMissing(primary: drm.Device<Gpu>, secondary: drm.Device<Gpu>): number {
  const guards = [primary.unbindGuard(), secondary.unbindGuard()];
  for (const guard of guards) {
    if (!guard) break;
    guard.release();
  }
  return guards.length;
}`,
    errors: [
      { messageId: 'notReleased', line: 5, column: 19 },
      { messageId: 'notReleased', line: 5, column: 42 },
    ],
  },
  {
    code: imports + `// L1: an array literal of guards emptied before the for-of that releases its elements
${gpuType}
export function releaseNone(primary: drm.Device<Gpu>, secondary: drm.Device<Gpu>): number {
  const guards = [primary.unbindGuard(), secondary.unbindGuard()];
  guards.length = 0;
  for (const guard of guards) guard?.release();
  return guards.length;
}`,
    errors: [
      { messageId: 'notReleased', line: 5, column: 19 },
      { messageId: 'notReleased', line: 5, column: 42 },
    ],
  },
  {
    code: imports + `// L1: a guard used after the for-of over an array literal released every element
${gpuType}
export function vendorAfter(primary: drm.Device<Gpu>, secondary: drm.Device<Gpu>): number {
  const first = primary.unbindGuard();
  const second = secondary.unbindGuard();
  if (!first || !second) {
    first?.release();
    second?.release();
    return 0;
  }
  for (const guard of [first, second]) guard.release();
  return second.parent.vendorId;
}`,
    errors: [{ messageId: 'useAfterRelease', line: 13, column: 10 }],
  },
  {
    code: imports + `// L1: the registration data's cfg stored into an array reached by optional chaining on a module object
${gpuType}
interface RingCache { readonly perRing?: { readonly cfgs: ({ mode: number } | undefined)[] } }
const cache: RingCache = { perRing: { cfgs: [] } };
export function pinRing(dev: drm.Device<Gpu>, ring: number): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    const cfgs = cache.perRing?.cfgs;
    if (cfgs) cfgs[ring] = data.cfg;
  });
}`,
    errors: [{ messageId: 'escapes', line: 11, column: 15 }],
  },
  {
    code: imports + `// L1: through a name for a plain path, a non-null optional chain, a chain of two and an optional element read
${gpuType}
interface Slots { readonly list: { mode: number }[] }
const cache: { readonly perRing?: { readonly slots?: Slots; readonly fixed: Slots } } = {};
const table: Record<string, { mode: number }[]> | undefined = {};
export function keepAll(dev: drm.Device<Gpu>, key: string): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    const fixed = cache.perRing!.fixed;
    fixed.list.push(data.cfg);
    const asserted = (cache.perRing?.slots)!;
    asserted.list[0] = data.cfg;
    const deep = cache.perRing?.slots?.list;
    deep?.push(data.cfg);
    const slot = table?.[key];
    if (slot) slot[0] = data.cfg;
  });
}`,
    errors: [
      { messageId: 'escapes', line: 12, column: 5 },
      { messageId: 'escapes', line: 14, column: 5 },
      { messageId: 'escapes', line: 16, column: 5 },
      { messageId: 'escapes', line: 18, column: 15 },
    ],
  },
  {
    code: imports + `// L1: the registration data's cfg stored into an array reached by optional chaining on a parameter
${gpuType}
export function pinRing(dev: drm.Device<Gpu>, cache: { perRing?: { cfgs: { mode: number }[] } }): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_parent, data) => {
    const cfgs = cache.perRing?.cfgs;
    if (cfgs) cfgs[0] = data.cfg;
  });
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 15 }],
  },
  // ---- a helper or method reading a section value out of what it is given: judged at the caller ----
  {
    code: imports + `// L3: the parent a wrapper's method returns (this.guard.parent) kept in a module variable
${gpuType}
let saved: unknown;
class Section<D extends drm.AnyDriver> {
  constructor(private readonly guard: drm.UnbindGuard<D>) {}
  parentOf(): drm.UnbindGuard<D>['parent'] {
    return this.guard.parent;
  }
}
export function remember(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  const section = new Section(guard);
  saved = section.parentOf();
}`,
    errors: [{ messageId: 'escapes', line: 15, column: 3 }],
  },
  {
    code: imports + `// L3: the parent a helper returns from the holder it is given (held.guard.parent) kept in a module variable
${gpuType}
let saved: unknown;
interface Held {
  readonly guard: drm.UnbindGuard<Gpu>;
}
function parentOf(held: Held): drm.UnbindGuard<Gpu>['parent'] {
  return held.guard.parent;
}
export function remember(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  saved = parentOf({ guard });
}`,
    errors: [{ messageId: 'escapes', line: 14, column: 3 }],
  },
  {
    code: imports + `// L3: an ioctl handler keeps what a helper returns of its regData (ctx.bar)
type Scan = drm.Driver<{ label: string }, { readonly bar: pci.Bar; readonly id: number }, { id: number; cachedBar?: pci.Bar }, 'pci', { setBase: { base: number } }>;
let kept: pci.Bar | undefined;
function barOf(ctx: { readonly bar: pci.Bar }): pci.Bar {
  return ctx.bar;
}
export const scan: Scan = {
  info: { name: 'scan', desc: 'Scan', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    setBase: (_dev, regData, arg) => {
      kept = barOf(regData);
      barOf(regData).write32(arg.base, 0x6000);
      return 0;
    },
  },
};`,
    errors: [{ messageId: 'escapes', line: 14, column: 7 }],
  },
  {
    code: imports + `// L3: helpers keep the guard in the slot they are given with ??=, ||= and &&=; the slot is module-level
${gpuType}
interface Slot {
  first?: drm.UnbindGuard<Gpu>;
  any?: drm.UnbindGuard<Gpu>;
  last?: drm.UnbindGuard<Gpu>;
}
const shared: Slot = {};
function adopt(slot: Slot, guard: drm.UnbindGuard<Gpu>): void {
  slot.first ??= guard;
}
function adoptAny(slot: Slot, guard: drm.UnbindGuard<Gpu>): void {
  slot.any ||= guard;
}
function replaceLast(slot: Slot, guard: drm.UnbindGuard<Gpu>): void {
  slot.last &&= guard;
}
export function pin(dev: drm.Device<Gpu>): void {
  using first = dev.unbindGuard();
  using any = dev.unbindGuard();
  using last = dev.unbindGuard();
  if (!first || !any || !last) return;
  adopt(shared, first);
  adoptAny(shared, any);
  replaceLast(shared, last);
}`,
    errors: [
      { messageId: 'escapes', line: 24, column: 3 },
      { messageId: 'escapes', line: 25, column: 3 },
      { messageId: 'escapes', line: 26, column: 3 },
    ],
  },
  {
    code: imports + `import { barIn } from './no-leaked-unbind-guard.helpers.js';
// L4: an ioctl handler keeps what another module's helper returns of its regData (ctx.bar)
type Scan = drm.Driver<{ label: string }, { readonly bar: pci.Bar; readonly id: number }, { id: number; cachedBar?: pci.Bar }, 'pci', { setBase: { base: number } }>;
let kept: pci.Bar | undefined;
export const scan: Scan = {
  info: { name: 'scan', desc: 'Scan', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    setBase: (_dev, regData) => {
      kept = barIn(regData);
      return 0;
    },
  },
};`,
    errors: [{ messageId: 'escapes', line: 12, column: 7 }],
  },
  {
    code: imports + `import { GuardView } from './no-leaked-unbind-guard.helpers.js';
// L4: the parent another module's wrapper method returns (this.guard.parent) kept in a module variable
${gpuType}
let saved: unknown;
export function remember(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  saved = new GuardView(guard).parentOf();
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 3 }],
  },
  {
    code: imports + `import { cacheBar } from './no-leaked-unbind-guard.helpers.js';
// L4: an ioctl handler gives its regData.bar to another module's helper that caches it in the file's data with ??=
type Scan = drm.Driver<{ label: string }, { readonly bar: pci.Bar; readonly id: number }, { id: number; cachedBar?: pci.Bar }, 'pci', { setBase: { base: number } }>;
export const scan: Scan = {
  info: { name: 'scan', desc: 'Scan', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: {
    setBase: (_dev, regData, arg, file) => {
      cacheBar(file.inner(), regData.bar);
      regData.bar.write32(arg.base, 0x6000);
      return 0;
    },
  },
};`,
    errors: [{ messageId: 'escapes', line: 11, column: 7 }],
  },
  // ---- a guard handed to a user Disposable that is not disposed, or whose disposal does not release it ----
  // ---- escapes: a handler table kept in a variable, class statics ----
  {
    code: imports + `// L1: a handler table in its own const (satisfies, shorthand in the driver) caches regData's cfg in a class's static Map, under a has() test
${gpuType}
class Configs {
  static readonly byId = new Map<number, { mode: number }>();
}
const ioctls = {
  getParam: (_dev, regData, arg) => {
    const { cfg } = regData;
    if (!Configs.byId.has(arg.id)) Configs.byId.set(arg.id, cfg);
    return 0;
  },
} satisfies Gpu['ioctls'];
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls,
};`,
    errors: [{ messageId: 'escapes', line: 10, column: 36 }],
  },
  {
    code: imports + `// L3: a typed table const named in the driver (ioctls: table): a method handler assigns to a class static, or hands regData's cfg to a static method that pushes it into a static array through this
${gpuType}
class Configs {
  static last: { mode: number } | undefined;
  static readonly all: { mode: number }[] = [];
  static keep(cfg: { mode: number }): void {
    this.all.push(cfg);
  }
}
const Alias = Configs;
const table: Gpu['ioctls'] = {
  getParam(_dev, regData, arg) {
    Configs.last = regData.cfg;
    Alias.keep(regData.cfg);
    return arg.id;
  },
};
export const gpu: Gpu = {
  info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0 }),
  ioctls: table,
};`,
    errors: [
      { messageId: 'escapes', line: 14, column: 5 },
      { messageId: 'escapes', line: 15, column: 5 },
    ],
  },
  notReleasedCase(
    imports + `// L3: a same-file Disposable wrapper that would release the guard, never disposed (no using, no dispose call)
${gpuType}
class Section implements Disposable {
  constructor(private readonly guard: drm.UnbindGuard<Gpu>) {}
  [Symbol.dispose](): void {
    this.guard.release();
  }
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  const section = new Section(guard);
  return guard.parent.revision + (section ? 0 : 1);
}`,
    11,
    17,
  ),
  notReleasedCase(
    imports + `// L3: a same-file wrapper declared with using whose dispose does not release the guard it keeps
${gpuType}
class Section implements Disposable {
  static count = 0;
  constructor(private readonly guard: drm.UnbindGuard<Gpu>) {}
  revision(): number {
    return this.guard.parent.revision;
  }
  [Symbol.dispose](): void {
    Section.count++;
  }
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using section = new Section(guard);
  return section.revision();
}`,
    15,
    17,
  ),
  notReleasedCase(
    imports + `// L3: a same-file wrapper keeps two guards in two fields and its dispose releases only the first
${gpuType}
class Pair implements Disposable {
  readonly first: drm.UnbindGuard<Gpu>;
  readonly second: drm.UnbindGuard<Gpu>;
  constructor(first: drm.UnbindGuard<Gpu>, second: drm.UnbindGuard<Gpu>) {
    this.first = first;
    this.second = second;
  }
  [Symbol.dispose](): void {
    this.first.release();
  }
}
export function revisions(a: drm.Device<Gpu>, b: drm.Device<Gpu>): number {
  const ga = a.unbindGuard();
  if (!ga) return -1;
  const gb = b.unbindGuard();
  if (!gb) {
    ga.release();
    return -1;
  }
  using _pair = new Pair(ga, gb);
  return ga.parent.revision + gb.parent.revision;
}`,
    18,
    14,
  ),
  notReleasedCase(
    imports + `// L3: a same-file wrapper disposed by an explicit [Symbol.dispose]() call on one path only
${gpuType}
class Section {
  constructor(private readonly guard: drm.UnbindGuard<Gpu>) {}
  [Symbol.dispose](): void {
    this.guard.release();
  }
}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  const section = new Section(guard);
  if (guard.parent.revision < 2) return 0;
  section[Symbol.dispose]();
  return 1;
}`,
    11,
    17,
  ),
  notReleasedCase(
    imports + `import { HeldSection } from './no-leaked-unbind-guard.helpers.js';
// L4: a Disposable wrapper in another module that would release the guard, never disposed
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  const section = new HeldSection(guard);
  return section.revision();
}`,
    6,
    17,
  ),
  notReleasedCase(
    imports + `import { CountedSection } from './no-leaked-unbind-guard.helpers.js';
// L4: a wrapper in another module declared with using, whose dispose keeps the guard (a private field) without releasing it
${gpuType}
export function revision(dev: drm.Device<Gpu>): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  using section = new CountedSection(guard);
  return section.revision();
}`,
    6,
    17,
  ),
  {
    code: imports + `// L3: an ioctl table declared on its own with satisfies; helpers capture the regData.bar they are given in .then, setTimeout, queueMicrotask and a listener
type Scan = drm.Driver<{ label: string }, { readonly bar: pci.Bar; readonly id: number }, { id: number }, 'pci', { setBase: { base: number }; ring: { seqno: number } }>;
const ticks = new EventTarget();
function ringLater(bar: pci.Bar, seqno: number): Promise<void> {
  return Promise.resolve().then(() => bar.write32(seqno, 0x900));
}
function ringOnTimer(bar: pci.Bar, seqno: number): void {
  setTimeout(() => bar.write32(seqno, 0x904), 0);
  queueMicrotask(() => bar.write32(seqno, 0x908));
}
function ringOnTick(bar: pci.Bar): void {
  ticks.addEventListener('tick', () => bar.write32(1, 0x90c));
}
const ioctls = {
  setBase: (_dev, regData, arg) => {
    void ringLater(regData.bar, arg.base);
    return 0;
  },
  ring: (_dev, regData, arg) => {
    ringOnTimer(regData.bar, arg.seqno);
    ringOnTick(regData.bar);
    return 0;
  },
} satisfies Scan['ioctls'];
export const scan: Scan = { info: { name: 'scan', desc: 'Scan', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: ioctls };`,
    errors: [
      { messageId: 'escapes', line: 17, column: 10 },
      { messageId: 'escapes', line: 21, column: 5 },
      { messageId: 'escapes', line: 22, column: 5 },
    ],
  },
  {
    code: imports + `import { ringWhenIdle } from './no-leaked-unbind-guard.helpers.js';
// L4: an ioctl table declared with satisfies gives regData.bar to a helper in another module whose .finally callback keeps it
type Lazy = drm.Driver<{ label: string }, { readonly bar: pci.Bar }, { id: number }, 'pci', { ring: { seqno: number } }>;
const ioctls = {
  ring: (_dev, regData, arg) => {
    void ringWhenIdle(regData.bar, arg.seqno);
    return 0;
  },
} satisfies Lazy['ioctls'];
export const lazy: Lazy = { info: { name: 'lazy', desc: 'Lazy', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls };`,
    errors: [{ messageId: 'escapes', line: 7, column: 10 }],
  },
  {
    code: imports + `// L3: the parent a generic helper returns from the callback it runs: read inside the section, then kept in a module variable
${gpuType}
function make<T>(build: () => T): T {
  const value = build();
  return value;
}
let kept: unknown;
export function vendor(dev: drm.Device<Gpu>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const id = make(() => guard.parent).vendorId;
  kept = make(() => guard.parent);
  return id;
}`,
    errors: [{ messageId: 'escapes', line: 13, column: 3 }],
  },
  {
    code: imports + `// L3: a guard a generic helper returns from the callback it runs, never released
${gpuType}
function make<T>(build: () => T): T {
  const value = build();
  return value;
}
export function vendor(dev: drm.Device<Gpu>): number {
  const guard = make(() => dev.unbindGuard());
  if (!guard) return 0;
  return guard.parent.vendorId;
}`,
    errors: [{ messageId: 'notReleased', line: 9, column: 28 }],
  },
  // ---- async ioctl handlers typed by their context (a checked table, a typed variable, a class) ----
  {
    code: imports + `// L1: a \`satisfies\`-checked table variable's async handler uses regData in a \`for await\` loop
${gpuType}
declare const events: AsyncIterable<string>;
const ioctls = {
  getParam: async (_dev, regData, arg) => {
    for await (const e of events) regData.log.push(e);
    return arg.id;
  },
} satisfies Gpu['ioctls'];
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls };`,
    errors: [{ messageId: 'useAfterAwait', line: 7, column: 35 }],
  },
  {
    code: imports + `// L1: a table variable typed as the driver's table: its async method handler awaits in a condition
${gpuType}
declare function ready(): Promise<boolean>;
const table: Gpu['ioctls'] = {
  async getParam(_dev, regData, arg) {
    if (await ready()) regData.log.push('ready');
    return arg.id;
  },
};
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: table };`,
    errors: [{ messageId: 'useAfterAwait', line: 7, column: 24 }],
  },
  {
    code: imports + `// L1: an exported drm.IoctlHandler awaits at the end of a loop body: the next iteration uses regData after it
${gpuType}
declare function tick(): Promise<void>;
export const getParam: drm.IoctlHandler<Gpu, { id: number }> = async (_dev, regData, arg) => {
  for (let i = 0; i < arg.id; i++) {
    regData.log.push(String(i));
    await tick();
  }
  return 0;
};`,
    errors: [{ messageId: 'useAfterAwait', line: 7, column: 5 }],
  },
  {
    code: imports + `// L2: a class implementing the ioctl table: its async handler reads regData after an await
${gpuType}
type GpuIoctls = Gpu['ioctls'];
class Handlers implements GpuIoctls {
  async getParam(_dev: drm.Device<Gpu>, regData: drm.RegDataOf<Gpu>, arg: { id: number }): Promise<number> {
    await Promise.resolve();
    return regData.log.length + arg.id;
  }
}
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: new Handlers() };`,
    errors: [{ messageId: 'useAfterAwait', line: 8, column: 12 }],
  },
  {
    code: imports + `// L1: a table variable without a type, named by the driver: its async handler (fewer parameters than the handler's) awaits first
${gpuType}
const handlers = {
  async getParam(_dev: drm.Device<Gpu>, regData: drm.RegDataOf<Gpu>, arg: { id: number }): Promise<number> {
    await Promise.resolve();
    regData.log.push('late');
    return arg.id;
  },
};
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: handlers };`,
    errors: [{ messageId: 'useAfterAwait', line: 7, column: 5 }],
  },
  {
    code: imports + `// L1: a table variable without a type, given to the driver in shorthand: its async handler uses regData after the await
${gpuType}
const ioctls = {
  getParam: async (_dev: drm.Device<Gpu>, regData: drm.RegDataOf<Gpu>, arg: { id: number }): Promise<number> => {
    await Promise.resolve();
    return regData.log.push('late') + arg.id;
  },
};
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls };`,
    errors: [{ messageId: 'useAfterAwait', line: 7, column: 12 }],
  },
  {
    code: imports + `// L2: a class method bound into the ioctl table (\`nic.getParam.bind(nic)\`) stores regData's cfg in a module array
${gpuType}
const kept: { mode: number }[] = [];
class Nic {
  getParam(_dev: unknown, regData: drm.RegDataOf<Gpu>, arg: { id: number }): number {
    kept.push(regData.cfg);
    return arg.id;
  }
}
const nic = new Nic();
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: { getParam: nic.getParam.bind(nic) } };`,
    errors: [{ messageId: 'escapes', line: 7, column: 5 }],
  },
  {
    code: imports + `// L2: a function bound with a leading argument into the table: regData is its third parameter, kept in a module variable
${gpuType}
let last: unknown;
function handle(tag: string, _dev: unknown, regData: drm.RegDataOf<Gpu>, arg: { id: number }): number {
  last = regData.log;
  return tag.length + arg.id;
}
export const gpu: Gpu = { info: { name: 'gpu', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: { getParam: handle.bind(null, 'p') } };`,
    errors: [{ messageId: 'escapes', line: 6, column: 3 }],
  },
  {
    code: imports + `// L1: Object.fromEntries of [key, value] pairs holding data.cfg, kept in a module variable
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; cfgs: Record<string, { mode: number }>; counters: Record<string, number> }, { id: number }, 'pci', { getParam: { id: number } }>;
let snap: Record<string, unknown> = {};
export function keep(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    snap = Object.fromEntries([['cfg', data.cfg], ['n', 1]]);
  });
}`,
    errors: [{ messageId: 'escapes', line: 8, column: 5 }],
  },
  {
    code: imports + `// L1: Object.fromEntries(Object.entries(...)) of a record of objects, pushed into module state
type Gpu = drm.Driver<{ label: string }, { cfg: { mode: number }; cfgs: Record<string, { mode: number }>; counters: Record<string, number> }, { id: number }, 'pci', { getParam: { id: number } }>;
const kept: Record<string, { mode: number }>[] = [];
export function keep(dev: drm.Device<Gpu>): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    const copy = Object.fromEntries(Object.entries(data.cfgs));
    kept.push(copy);
  });
}`,
    errors: [{ messageId: 'escapes', line: 9, column: 5 }],
  },
  {
    code: imports + `// L3: a helper returns an object holding its guard's parent (not the guard): the parent leaves the section
${gpuType}
function enter(dev: drm.Device<Gpu>): { parent: pci.Device<device.Bound> } | undefined {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  return { parent: guard.parent };
}
export function vendor(dev: drm.Device<Gpu>): number {
  return enter(dev)?.parent.vendorId ?? 0;
}`,
    errors: [{ messageId: 'escapes', line: 7, column: 3 }],
  },
  // ---- async handlers whose body names nothing of the model: a root by the table or by their declared type ----
  {
    code: imports + `// L1: a function expression declared apart, its parameters typed structurally, named by the table in shorthand: it reads regData after its await
type Waiter = drm.Driver<{ label: string }, { counters: Record<string, number> }, { id: number }, 'pci', { wait: { ring: number; seqno: number } }>;
const wait = async function (_dev: unknown, regData: { readonly counters: Record<string, number> }, arg: { ring: number; seqno: number }): Promise<number> {
  await new Promise((done) => setTimeout(done, 1));
  arg.seqno = regData.counters[\`ring\${arg.ring}\`] ?? 0;
  return 0;
};
export const waiter: Waiter = { info: { name: 'waiter', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: { wait } };`,
    errors: [{ messageId: 'useAfterAwait', line: 6, column: 15 }],
  },
  {
    code: imports + `// L2: an arrow handler named by the table under another name awaits at the end of a loop body: the next iteration reads regData
type Waiter = drm.Driver<{ label: string }, { counters: Record<string, number> }, { id: number }, 'pci', { wait: { ring: number; seqno: number } }>;
const pollRings = async (_dev: unknown, regData: { readonly counters: Record<string, number> }, arg: { ring: number; seqno: number }): Promise<number> => {
  for (let i = 0; i < arg.ring; i++) {
    arg.seqno += regData.counters[\`ring\${i}\`] ?? 0;
    await new Promise((done) => setTimeout(done, 1));
  }
  return 0;
};
export const waiter: Waiter = { info: { name: 'waiter', desc: 'GPU', major: 1, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => ({ id: 0 }), ioctls: { wait: pollRings } };`,
    errors: [{ messageId: 'useAfterAwait', line: 6, column: 18 }],
  },
  {
    code: imports + `// L1: an exported variable typed drm.IoctlHandler, named in no table here: its body names nothing of the model
type Waiter = drm.Driver<{ label: string }, { counters: Record<string, number> }, { id: number }, 'pci', { wait: { ring: number; seqno: number } }>;
export const wait: drm.IoctlHandler<Waiter, { ring: number; seqno: number }> = async (_dev, regData, arg) => {
  await new Promise((done) => setTimeout(done, 1));
  arg.seqno = regData.counters[\`ring\${arg.ring}\`] ?? 0;
  return 0;
};`,
    errors: [{ messageId: 'useAfterAwait', line: 6, column: 15 }],
  },
];

/** Names each case after its `// Ln: …` label, so a failing case is easy to find. */
function named<T extends { code: string }>(c: T): T & { name: string } {
  const label = c.code.split('\n').find((l) => l.startsWith('// ')) ?? c.code.slice(0, 60);
  return { ...c, name: label.slice(3) };
}

ruleTester.run('no-leaked-unbind-guard', rule, { valid: valid.map(named), invalid: invalid.map(named) });

describeCasesTypeCheck([...valid, ...invalid]);

describeCasesThroughAnalyzer('no-leaked-unbind-guard', [...valid, ...invalid].map(named));
