/**
 * `bindsafe/no-stored-bound-device`: the oracle suite, derived from docs/rules.md (the contract),
 * not from what the engine happens to do.
 *
 * What the rule finds: a `Device<Core>` (callback scope: the `probe`/`unbind` argument) or a
 * `Device<Bound>` (binding scope), or a value obtained through one (`devres.access()` results,
 * `Bar`, `IoMem`, a user's own wrapper holding a `Device<Bound>`), stored where it outlives its
 * scope. Every case is labelled with the flow level it exercises (L0 direct, L1 aliases /
 * destructuring / conditionals / spread / literals, L2 closures, L3 a helper in the same file, L4
 * a helper in another module: `fixture/no-stored-bound-device.helpers.ts`).
 *
 * Locations ("Where a finding points"): for an escape, the expression where the value leaves its
 * scope: the assignment, the `push`/`set`/`add` call, the `return`, the closure handed to
 * `setTimeout`/`.then`/`on`, the call whose callee stores it (L3/L4: the call in the caller). A
 * Core device put into a driver-data field declared `Core` points at that property of the returned
 * literal (the store the decision names), not at the `return` of the otherwise-fine driver data.
 * `at(code, snippet)` turns "the finding points at the first character of `snippet`" into the
 * 1-based line and column RuleTester checks.
 */
import { describe, expect, it } from 'vitest';
import type { Linter } from 'eslint';
import rule from '../../src/rules/no-stored-bound-device.js';
import { createRuleTester, imports, lintWithRule } from '../rule-tester.js';
import { describeCasesTypeCheck } from '../type-check.js';
import { describeCasesThroughAnalyzer } from '../analyzer-agreement.js';

/** The 1-based line and column of the first character of `snippet`, which must occur exactly once in `code`. */
function at(code: string, snippet: string): { line: number; column: number } {
  const index = code.indexOf(snippet);
  if (index < 0) throw new Error(`'${snippet}' does not occur in the case`);
  if (code.indexOf(snippet, index + 1) >= 0) throw new Error(`'${snippet}' occurs more than once in the case`);
  const before = code.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/** `code` with its single occurrence of `from` replaced by `to` (a suggestion's expected output). */
function edit(code: string, from: string, to: string): string {
  at(code, from);
  return code.replace(from, () => to);
}

/** A `stored` finding pointing at `snippet`. */
function stored(code: string, snippet: string) {
  return { messageId: 'stored' as const, ...at(code, snippet) };
}

/** A `stored` finding pointing at `snippet`, with the `useToNormal` suggestion turning `value` into `value.toNormal()` there. */
function storedSuggestingHandle(code: string, snippet: string, value: string) {
  const fixed = snippet.replace(value, () => `${value}.toNormal()`);
  if (fixed === snippet) throw new Error(`'${value}' does not occur in '${snippet}'`);
  return { ...stored(code, snippet), suggestions: [{ messageId: 'useToNormal' as const, output: edit(code, snippet, fixed) }] };
}

// ---------------------------------------------------------------------------------------------
// valid: bound values kept where they die no later than their scope, handles and Devres
// containers anywhere, values only borrowed during a call ("Not problems" and the decisions).
// ---------------------------------------------------------------------------------------------

const valid: { name: string; code: string }[] = [
  {
    name: 'L3: a helper resolves the resolvers object it is given; probe passes one it made itself and reads it there',
    code: imports + `// L3: the IoMem goes into the promise of a resolvers object made in probe and dropped with it
function announce(r: PromiseWithResolvers<platform.IoMem>, io: platform.IoMem): void {
  r.resolve(io);
}
function announceDestructured(r: PromiseWithResolvers<platform.IoMem>, io: platform.IoMem): void {
  const { resolve } = r;
  resolve(io);
}
export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'rtc',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const local = Promise.withResolvers<platform.IoMem>();
    announce(local, io);
    announceDestructured(local, io);
    return { io };
  },
};
`,
  },
  {
    name: 'L4: a helper settles a promise of its module with a name only; a module-level resolvers object resolved in a timer with plain data',
    code: imports + `// L4: \`announceName\` resolves its resolvers argument with \`dev.name\`: the device is borrowed
import { announceName } from './no-stored-bound-device.helpers.js';
const names = Promise.withResolvers<string>();
const sizes = Promise.withResolvers<number>();
export const driver: pci.Driver<{ readonly vendor: number }> = {
  name: 'nova-core',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(dev) {
    announceName(dev.asRef(), names);
    const vendor = dev.vendorId;
    setTimeout(() => sizes.resolve(vendor), 10);
    return { vendor };
  },
};
`,
  },
  {
    name: 'L0: a module-level Promise.withResolvers() resolved with plain data and a handle, and a user object\'s own resolve method',
    code: imports + `// L0: what settles a long-lived promise is fine when it is plain data or a handle; \`resolve\` of a user object is a call like any other
export const firstClock = Promise.withResolvers<number>();
export const firstHandle = Promise.withResolvers<device.Device>();
const registry = {
  resolve(io: platform.IoMem): number {
    return io.read32(0x0);
  },
};
export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'rtc',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    firstClock.resolve(io.read32(0x4));
    firstHandle.resolve(pdev.asRef().toNormal());
    registry.resolve(io);
    return { io };
  },
};
`,
  },
  {
    name: 'L0: probe keeps its Device<Core> in a driver-data field declared Device<Bound> (decision)',
    code: imports + `// L0: probe's Device<Core> stored in a driver-data field whose declared type is Device<Bound>
interface NovaData {
  readonly pdev: pci.Device<device.Bound>;
  readonly regs: devres.Devres<pci.Bar>;
}
export const driver: pci.Driver<NovaData> = {
  name: 'nova-core',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(dev) {
    dev.enableDeviceMem();
    dev.setMaster();
    const regs = dev.iomapRegion(0, 'nova-core/bar0');
    return { pdev: dev, regs };
  },
};
`,
  },
  {
    name: 'L0: a class driver returns a driver-data class holding the Device<Bound> and the Bar',
    code: imports + `// L0: class driver; the driver data (a class) holds the device and the Bar from devres.access()
class GpuData {
  constructor(
    readonly pdev: pci.Device<device.Bound>,
    readonly bar: pci.Bar,
  ) {}
  boot(): void {
    this.bar.write32(0x1, 0x200);
  }
}
export class GpuDriver implements pci.Driver<GpuData> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 0x1af4, device: 0x1050 }];
  probe(dev: pci.Device<device.Core>): GpuData {
    const regs = dev.iomapRegion(0, 'gpu/regs');
    const data = new GpuData(dev, regs.access(dev.asRef()));
    data.boot();
    return data;
  }
  unbind(dev: pci.Device<device.Core>, data: Readonly<GpuData>): void {
    data.bar.write32(0x0, 0x200);
    dev.asRef().info('gpu: stopped');
  }
}
`,
  },
  {
    name: 'L0: toNormal() handles and Devres containers stored in module-level variables, Maps and arrays',
    code: imports + `// L0: Device<Normal> handles (toNormal()) and Devres<T> containers are storable anywhere
let lastProbed: pci.Device | undefined;
const parents = new Map<number, device.Device>();
const mappings: devres.Devres<pci.Bar>[] = [];
let firstMapping: devres.Devres<pci.Bar> | undefined;
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'ivpu',
  idTable: [{ vendor: 0x8086, device: 0x7d1d }],
  probe(dev) {
    lastProbed = dev.toNormal();
    parents.set(dev.revision, dev.asRef().toNormal());
    const regs = dev.iomapRegion(0, 'ivpu/regs');
    mappings.push(regs);
    firstMapping ??= regs;
    return { regs };
  },
  unbind(dev) {
    lastProbed = dev.toNormal();
  },
};
export function anyMapped(): boolean {
  return firstMapping !== undefined && mappings.length > 0 && lastProbed !== undefined;
}
`,
  },
  {
    name: "L0: an auxiliary driver keeps its bound parent (dev.parent()) in registration data and driver data",
    code: imports + `// L0: the parent of a bound auxiliary device is binding-scoped: fine in registration data and driver data
interface NovaRegData {
  readonly parent: device.Device<device.Bound>;
}
type NovaDrm = drm.Driver<{ label: string }, NovaRegData, { opened: number }, 'auxiliary'>;
const novaDrm: NovaDrm = {
  info: { name: 'nova', desc: 'nova drm', major: 0, minor: 1, patchlevel: 0 },
  bus: 'auxiliary',
  openFile: () => ({ opened: 1 }),
  ioctls: {},
};
export const driver: auxiliary.Driver<{ parent: device.Device<device.Bound>; registration: drm.Registration<NovaDrm> }> = {
  name: 'nova-drm',
  idTable: [{ modname: 'nova_core', name: 'nova-drm' }],
  probe(dev) {
    const parent = dev.parent();
    const udev = drm.UnregisteredDevice.new(novaDrm, dev, { label: parent.name });
    const registration = drm.Registration.new(dev, udev, { parent }, 0);
    return { parent, registration };
  },
};
`,
  },
  {
    name: 'L0: a bound device passed to a declared (body-less) function: unknown callees borrow by default',
    code: imports + `// L0: unknown callee (declare'd, no body): borrowed by default, no escape
declare function traceProbe(dev: pci.Device<device.Bound>, bar: pci.Bar): void;
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'traced',
  idTable: [{ vendor: 0x1234, device: 0x0001 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'traced/regs');
    traceProbe(dev, regs.access(dev.asRef()));
    console.log(dev.name, dev.asRef());
    return { regs };
  },
};
`,
  },
  {
    name: 'L0: a drm.Device handle stored in a module variable, the Bar kept in registration data',
    code: imports + `// L0: drm.Device handles anywhere; a Bar in the registration data; the registration owned by the driver data
interface GpuRegData {
  readonly bar: pci.Bar;
  readonly pdev: pci.Device<device.Bound>;
}
type GpuDrm = drm.Driver<{ label: string }, GpuRegData, { opened: number }, 'pci'>;
const gpuDrm: GpuDrm = {
  info: { name: 'gpu', desc: 'example GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ opened: Date.now() }),
  ioctls: {},
};
let card: drm.Device<GpuDrm> | undefined;
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar>; registration: drm.Registration<GpuDrm> }> = {
  name: 'gpu',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'gpu/regs');
    const udev = drm.UnregisteredDevice.new(gpuDrm, dev, { label: dev.name });
    const registration = drm.Registration.new(dev, udev, { bar: regs.access(dev.asRef()), pdev: dev }, 0);
    card = registration.device();
    return { regs, registration };
  },
};
export function cardName(): string | undefined {
  return card?.name;
}
`,
  },
  {
    name: 'L0: an early throw in probe leaves partial state behind (the model cleans up)',
    code: imports + `import { errors } from '@bindsafe/kernel';
// L0: early throw in probe: the partial state (a mapped BAR, a local record) is cleaned up by the model
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar>; pdev: pci.Device<device.Bound> }> = {
  name: 'flaky',
  idTable: [{ vendor: 0x1234, device: 0x0002 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'flaky/regs');
    const partial = { pdev: dev, bar: regs.access(dev.asRef()) };
    if (partial.bar.read32(0x0) === 0xffffffff) {
      throw new errors.KernelError('ENODEV', 'the device fell off the bus');
    }
    return { regs, pdev: partial.pdev };
  },
};
`,
  },
  {
    name: 'L0: code that does not import the model: zero findings whatever it does',
    // The one case without the `imports` line: the point is that nothing of the model is imported.
    code: `// L0: no import of @bindsafe/kernel: a look-alike Device and probe storing it everywhere
interface Bound {
  readonly bound: true;
}
class Device<Ctx = unknown> {
  constructor(
    readonly name: string,
    readonly ctx?: Ctx,
  ) {}
}
let saved: Device<Bound> | undefined;
const all: Device<Bound>[] = [];
export function probe(dev: Device<Bound>): { dev: Device<Bound> } {
  saved = dev;
  all.push(dev);
  setTimeout(() => console.log(dev.name), 10);
  return { dev };
}
export function savedName(): string | undefined {
  return saved?.name;
}
`,
  },
  {
    name: 'L1: aliases, destructuring, conditionals and literals that stay inside probe',
    code: imports + `// L1: objects and arrays created inside probe and dropped there; aliases and destructuring of them
export const driver: platform.Driver<{ regs: devres.Devres<platform.IoMem> }> = {
  name: 'rockchip-vop2',
  idTable: [{ compatible: 'rockchip,rk3588-vop' }],
  probe(dev) {
    const regs = dev.iomapResource(0);
    const io = regs.access(dev.asRef());
    const ctx = { pdev: dev, io };
    const { io: alias } = ctx;
    const chosen = io.size > 0x100 ? alias : ctx.io;
    const windows: platform.IoMem[] = [];
    windows.push(chosen, ...[alias]);
    const copy = { ...ctx, windows };
    copy.io.write32(0x1, 0x0);
    for (const w of copy.windows) w.write32(0x0, 0x4);
    return { regs };
  },
};
`,
  },
  {
    name: "L1: bound values stored in objects the driver data owns (built in probe, spread, a user's wrapper type)",
    code: imports + `// L1: stored into objects created in probe that the returned driver data owns, incl. a user's wrapper of a Device<Bound>
class Board {
  constructor(
    readonly dev: device.Device<device.Bound>,
    readonly regs: pci.Bar,
  ) {}
  reset(): void {
    this.regs.write32(0x1, 0x10);
  }
}
interface State {
  owner: device.Device<device.Bound> | undefined;
  readonly bars: pci.Bar[];
  readonly byIndex: Map<number, pci.Bar>;
}
export const driver: pci.Driver<{ state: State; regs: devres.Devres<pci.Bar>; pdev: pci.Device<device.Bound>; board: Board }> = {
  name: 'multi-bar',
  idTable: [{ vendor: 0x1234, device: 0x0003 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'multi/bar0');
    const state: State = { owner: undefined, bars: [], byIndex: new Map() };
    const bar = regs.access(dev.asRef());
    state.owner = dev.asRef();
    state.bars.push(bar);
    state.byIndex.set(0, bar);
    const board = new Board(dev.asRef(), bar);
    board.reset();
    const parts = { regs, pdev: dev };
    return { ...parts, state, board };
  },
};
`,
  },
  {
    name: 'L1: a Devres (and devres.register) holding a value that holds a Bar, the Devres stored anywhere',
    code: imports + `// L1: binding-scoped values stored in a Devres / handed to devres.register: fine, the container is a handle
class Watchdog implements Disposable {
  constructor(readonly bar: pci.Bar) {}
  kick(): void {
    this.bar.write32(0x1, 0x40);
  }
  [Symbol.dispose](): void {
    this.bar.write32(0x0, 0x40);
  }
}
const watchdogs: devres.Devres<Watchdog>[] = [];
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'wdt',
  idTable: [{ vendor: 0x1234, device: 0x0005 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'wdt/regs');
    const bar = regs.access(dev.asRef());
    watchdogs.push(new devres.Devres(dev.asRef(), new Watchdog(bar)));
    devres.register(dev.asRef(), new Watchdog(bar));
    return { regs };
  },
};
`,
  },
  {
    name: 'L2: an IRQ handler capturing the Bar (registration owned by the driver data) and a closure kept in the driver data',
    code: imports + `// L2: closure handed to requestIrq, the IrqRegistration in the driver data; a closure stored in the driver data
interface IrqData {
  readonly irq: pci.IrqRegistration;
  readonly regs: devres.Devres<pci.Bar>;
  readonly poll: () => number;
}
export const driver: pci.Driver<IrqData> = {
  name: 'irq-demo',
  idTable: [{ vendor: 0x1234, device: 0x0006 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'irq-demo/regs');
    const bar = regs.access(dev.asRef());
    const irq = dev.requestIrq(0, 'irq-demo', () => {
      const status = bar.read32(0x10);
      bar.write32(status, 0x14);
    });
    return { irq, regs, poll: () => bar.read32(0x100) };
  },
};
`,
  },
  {
    name: 'L2: closures run synchronously (forEach, map, an immediately invoked arrow)',
    code: imports + `// L2: callbacks that run during probe (forEach/map/IIFE) and are dropped with it
export const driver: pci.Driver<{ bar0: devres.Devres<pci.Bar>; bar2: devres.Devres<pci.Bar>; sizes: number[] }> = {
  name: 'two-bars',
  idTable: [{ vendor: 0x1234, device: 0x0007 }],
  probe(dev) {
    const bar0 = dev.iomapRegion(0, 'two/bar0');
    const bar2 = dev.iomapRegion(2, 'two/bar2');
    const bars = [bar0.access(dev.asRef()), bar2.access(dev.asRef())];
    bars.forEach((b) => b.write32(0x0, 0x0));
    const sizes = bars.map((b) => b.size);
    const ok = (() => bars.every((b) => b.read32(0x0) === 0) && dev.revision > 0)();
    if (!ok) dev.asRef().info('two-bars: registers not reset');
    return { bar0, bar2, sizes };
  },
};
`,
  },
  {
    name: 'L2: timers and .then capturing only copied plain data, a handle, or the Devres container',
    code: imports + `// L2: long-lived closures that capture nothing binding-scoped (a name, a toNormal() handle, a Devres)
declare const firmwareReady: Promise<void>;
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'late-init',
  idTable: [{ vendor: 0x1234, device: 0x0009 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'late/regs');
    const name = dev.name;
    const handle = dev.toNormal();
    setTimeout(() => console.log(name, handle.name), 1000);
    setInterval(() => regs.tryAccessWith((bar) => bar.write32(0x1, 0x40)), 500);
    void firmwareReady.then(() => {
      using guard = regs.tryAccess();
      guard?.value.write32(0x1, 0x0);
    });
    return { regs };
  },
};
`,
  },
  {
    name: 'L3: same-file helpers that only use their arguments during the call, or store them into the caller-owned array',
    code: imports + `// L3: helpers in this file: one borrows, one stores into the array the caller passes (owned by the driver data)
function resetEngine(bar: pci.Bar, dev: device.Device<device.Bound>): void {
  bar.write32(0x1, 0x0);
  dev.info('engine reset');
}
function collect(into: pci.Bar[], bar: pci.Bar): void {
  into.push(bar);
}
export const driver: pci.Driver<{ bars: pci.Bar[]; regs: devres.Devres<pci.Bar> }> = {
  name: 'engine',
  idTable: [{ vendor: 0x1234, device: 0x000a }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'engine/regs');
    const bar = regs.access(dev.asRef());
    resetEngine(bar, dev.asRef());
    const bars: pci.Bar[] = [];
    collect(bars, bar);
    return { bars, regs };
  },
};
`,
  },
  {
    name: 'L3: a same-file helper maps the BAR and returns it to probe, which keeps it in the driver data',
    code: imports + `// L3: return from a helper is not an escape: the value flows back to probe, which stores it in the driver data
function mapRegisters(dev: pci.Device<device.Bound>): { regs: devres.Devres<pci.Bar>; bar: pci.Bar } {
  const regs = dev.iomapRegion(0, 'gpu/regs');
  return { regs, bar: regs.access(dev.asRef()) };
}
function pickPrimary(fallback: pci.Bar, preferred: pci.Bar | undefined): pci.Bar {
  return preferred ?? fallback;
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar>; bar: pci.Bar; pdev: pci.Device<device.Bound> }> = {
  name: 'gpu',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(dev) {
    const mapped = mapRegisters(dev);
    const bar = pickPrimary(mapped.bar, undefined);
    return { regs: mapped.regs, bar, pdev: dev };
  },
};
`,
  },
  {
    name: "L1+L2: unbind keeps its Device<Core> and the IoMem in local collections and synchronous callbacks only",
    code: imports + `// L1 + L2: a local Map/Set in unbind, and forEach callbacks: all dropped when unbind returns
export const driver: platform.Driver<{ regs: devres.Devres<platform.IoMem> }> = {
  name: 'panel',
  idTable: [{ compatible: 'acme,panel' }],
  probe(dev) {
    return { regs: dev.iomapResource(0) };
  },
  unbind(dev, data) {
    const io = data.regs.access(dev.asRef());
    const byName = new Map<string, platform.IoMem>();
    byName.set(dev.name, io);
    const devices = new Set([dev]);
    devices.forEach((d) => d.asRef().info('panel: unbinding'));
    [0x0, 0x4, 0x8].forEach((offset) => byName.get(dev.name)?.write32(0x0, offset));
  },
};
`,
  },
  {
    name: 'L4: helpers in another module that borrow their arguments, return them, or store a handle',
    code: imports + `import { describeDevice, makeWindow, readStatus, rememberHandle } from './no-stored-bound-device.helpers.js';
// L4: helpers in another module: readStatus/describeDevice borrow, makeWindow returns what it is given, rememberHandle stores a Device<Normal>
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar>; status: number; window: { readonly bar: pci.Bar; readonly base: number } }> = {
  name: 'helpers',
  idTable: [{ vendor: 0x1234, device: 0x000b }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'helpers/regs');
    const status = readStatus(regs.access(dev.asRef()), 0x4);
    dev.asRef().info(describeDevice(dev.asRef()));
    rememberHandle(dev.asRef().toNormal());
    const window = makeWindow(regs.access(dev.asRef()), 0x100);
    return { regs, status, window };
  },
};
`,
  },
  {
    name: 'L0: a class platform driver keeping only a handle on itself; unbind uses its Device<Core> locally',
    code: imports + `// L0: a class driver may keep Device<Normal> handles on itself; unbind's device used during the call only
export class PanelDriver implements platform.Driver<{ regs: devres.Devres<platform.IoMem> }> {
  readonly name = 'panel';
  readonly idTable = [{ compatible: 'acme,panel' }];
  lastBound: platform.Device | undefined;
  probe(dev: platform.Device<device.Core>): { regs: devres.Devres<platform.IoMem> } {
    this.lastBound = dev.toNormal();
    return { regs: dev.iomapResource(0) };
  }
  unbind(dev: platform.Device<device.Core>, data: Readonly<{ regs: devres.Devres<platform.IoMem> }>): void {
    const io = data.regs.access(dev.asRef());
    io.write32(0x0, 0x0);
    this.lastBound = dev.toNormal();
  }
}
`,
  },
  {
    name: 'L2: bound methods whose receiver holds only the Devres, or that are called during probe (issue 9, class 7)',
    code: imports + `// L2: a bound method of an object holding the Devres given to a timer; a bound method holding the Bar called now
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'bound-ok',
  idTable: [{ vendor: 0x1234, device: 0x0031 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'bound/regs');
    const poller = { regs, tick(): void { this.regs.tryAccessWith((bar) => bar.read32(0)); } };
    setInterval(poller.tick.bind(poller), 100);
    const reader = { bar: regs.access(dev.asRef()), read(off: number): number { return this.bar.read32(off); } };
    const read = reader.read.bind(reader);
    const sum = read(0) + reader.read.call(reader, 4) + reader.read.apply(reader, [8]);
    dev.asRef().info(String(sum));
    return { regs };
  },
};
`,
  },
  {
    name: 'L3: a same-file class method bound to an instance that holds only plain data (issue 9, class 7)',
    code: imports + `// L3: this.poll.bind(this) in a class whose instance holds copied plain data only
class Poller {
  constructor(readonly revision: number) {}
  poll(): void { console.log(this.revision); }
  start(): void { setInterval(this.poll.bind(this), 100); }
}
export const driver: pci.Driver<{ poller: Poller }> = {
  name: 'bound-class',
  idTable: [{ vendor: 0x1234, device: 0x0032 }],
  probe(dev) {
    const poller = new Poller(dev.revision);
    poller.start();
    return { poller };
  },
};
`,
  },
  {
    name: 'L4: a function of another module bound to the device and called during probe (issue 9, class 7)',
    code: imports + `import { describeDevice } from './no-stored-bound-device.helpers.js';
// L4: fn.call / fn.bind of a helper in another module that only reads what it is given
export const driver: pci.Driver<{ name: string }> = {
  name: 'bound-helper',
  idTable: [{ vendor: 0x1234, device: 0x0033 }],
  probe(dev) {
    const describe = describeDevice.bind(undefined, dev.asRef());
    return { name: describe() + describeDevice.call(undefined, dev.asRef()) };
  },
};
`,
  },
  // ---- issue 9: values by type, proofs, ownership, access paths (docs/architecture.md) ----
  {
    name: 'L0: devres.access() of a Devres<number> is a copy: storing it in a module variable is fine',
    code: imports + `// L0: devres.access() of a Devres<number> is a copy: storing it in a module variable is fine
let lastId = 0;
export const driver: pci.Driver<{ ids: devres.Devres<number> }> = {
  name: 'ids',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const ids = new devres.Devres(dev.asRef(), 7);
    lastId = ids.access(dev.asRef());
    return { ids };
  },
};`,
  },
  {
    name: 'L3: a same-file helper returns devres.access() of a Devres<number>; probe keeps the number in a module variable',
    code: imports + `// L3: a same-file helper returns devres.access() of a Devres<number>; probe keeps the number in a module variable
let lastId = 0;
function idOf(ids: devres.Devres<number>, dev: device.Device<device.Bound>): number {
  return ids.access(dev);
}
export const driver: pci.Driver<{ ids: devres.Devres<number> }> = {
  name: 'ids',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const ids = new devres.Devres(dev.asRef(), 7);
    lastId = idOf(ids, dev.asRef());
    return { ids };
  },
};`,
  },
  {
    name: "L3: a same-file helper obtains the Bar with probe's device; probe keeps it in the driver data",
    code: imports + `// L3: a same-file helper obtains the Bar with probe's device; probe keeps it in the driver data
function barOf(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}
export const driver: pci.Driver<{ bar: pci.Bar; regs: devres.Devres<pci.Bar> }> = {
  name: 'bar-of',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'bar-of');
    return { bar: barOf(regs, dev), regs };
  },
};`,
  },
  {
    name: 'L0: an auxiliary probe keeps its parent() in a driver-data field declared Device<Bound>',
    code: imports + `// L0: an auxiliary probe keeps its parent() in a driver-data field declared Device<Bound>
export const driver: auxiliary.Driver<{ parent: device.Device<device.Bound> }> = {
  name: 'aux',
  idTable: [{ modname: 'gpu', name: 'child' }],
  probe(adev) {
    const parent = adev.parent();
    return { parent };
  },
};`,
  },
  {
    name: 'L0: pci.Device.fromDevice() of a Device<Normal> handle is a handle: stored anywhere',
    code: imports + `// L0: pci.Device.fromDevice() of a Device<Normal> handle is a handle: stored anywhere
let handle: pci.Device | undefined;
export const driver: pci.Driver<{ label: string }> = {
  name: 'handle',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    handle = pci.Device.fromDevice(dev.asRef().toNormal());
    return { label: dev.name };
  },
};`,
  },
  {
    name: 'L3: a constructor keeps the Device<Core> in a field declared Device<Bound> (this.dev = dev)',
    code: imports + `// L3: a constructor keeps the Device<Core> in a field declared Device<Bound> (this.dev = dev)
class Data {
  readonly dev: pci.Device<device.Bound>;
  constructor(dev: pci.Device<device.Bound>) {
    this.dev = dev;
  }
}
export const driver: pci.Driver<Data> = {
  name: 'bound-field',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const data = new Data(dev);
    return data;
  },
};`,
  },
  {
    name: 'L2: an AbortController made in probe and kept by the driver data owns its listener (which captures the Bar)',
    code: imports + `// L2: an AbortController made in probe and kept by the driver data owns its listener (which captures the Bar)
export const driver: pci.Driver<{ stop: AbortController; regs: devres.Devres<pci.Bar> }> = {
  name: 'abort',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'abort');
    const bar = regs.access(dev.asRef());
    const stop = new AbortController();
    stop.signal.addEventListener('abort', () => bar.write32(0, 0));
    return { stop, regs };
  },
};`,
  },
  {
    name: 'L1: the Device<Core> in un-annotated nested literals of driver data whose declared field is Device<Bound>',
    code: imports + `// L1: the Device<Core> in un-annotated nested literals of driver data whose declared field is Device<Bound>
export const driver: pci.Driver<{ hw: { dev: pci.Device<device.Bound> } }> = {
  name: 'nested',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const hw = { dev };
    const data = { hw };
    return data;
  },
};`,
  },
  {
    name: 'L1: stored through map.get(k)!, at(-1)! and [0]! of local containers the driver data keeps',
    code: imports + `// L1: stored through map.get(k)!, at(-1)! and [0]! of local containers the driver data keeps
export const driver: pci.Driver<{ slots: Map<string, { bar?: pci.Bar }>; list: { bar?: pci.Bar }[]; regs: devres.Devres<pci.Bar> }> = {
  name: 'local-paths',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'local-paths');
    const slots = new Map<string, { bar?: pci.Bar }>();
    slots.set('a', {});
    slots.get('a')!.bar = regs.access(dev.asRef());
    const list: { bar?: pci.Bar }[] = [{}];
    list.at(-1)!.bar = regs.access(dev.asRef());
    list[0]!.bar = regs.access(dev.asRef());
    return { slots, list, regs };
  },
};`,
  },
  {
    name: 'L1: stored through Object.values(record)[0]! of a local record the driver data keeps',
    code: imports + `// L1: stored through Object.values(record)[0]! of a local record the driver data keeps
export const driver: pci.Driver<{ byName: Record<string, { bar?: pci.Bar }>; regs: devres.Devres<pci.Bar> }> = {
  name: 'local-record',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'local-record');
    const byName: Record<string, { bar?: pci.Bar }> = { a: {} };
    Object.values(byName)[0]!.bar = regs.access(dev.asRef());
    return { byName, regs };
  },
};`,
  },
  {
    name: 'L2: registrations made in an Array.from callback capturing the device, kept in the data',
    code: imports + `export const driver: pci.Driver<{ lanes: auxiliary.Registration[] }> = {
  name: 'lanes',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const parent = dev.asRef();
    const lanes = Array.from({ length: 4 }, (_, i) => auxiliary.Registration.new(parent, 'lane', i, 'lanes'));
    return { lanes };
  },
};`,
  },
  {
    name: 'L1: driver data assembled with Object.assign(partial, source): the source literal holds the Device<Core> for a field declared Device<Bound>',
    code: imports + `interface AssignedData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly bar: pci.Bar;
  readonly owner: device.Device<device.Bound>;
}
export const driver: pci.Driver<AssignedData> = {
  name: 'assigned',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'assigned');
    const base = { regs };
    return Object.assign(base, { bar: regs.access(pdev.asRef()), owner: pdev.asRef() });
  },
};`,
  },
  {
    name: 'L1: driver data made by Object.assign({}, a, b) of literals, one holding the Device<Core> for a field declared Device<Bound>',
    code: imports + `export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly owner: device.Device<device.Bound> }> = {
  name: 'merged',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'merged');
    return Object.assign({}, { regs }, { owner: pdev.asRef() });
  },
};`,
  },
  {
    name: 'L1: a nested field of the driver data built with Object.assign, declared Device<Bound> along the path',
    code: imports + `interface Board {
  readonly hw: { readonly owner: device.Device<device.Bound> };
  readonly lanes: device.Device<device.Bound>[];
}
export const driver: pci.Driver<Board> = {
  name: 'board',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const hw = Object.assign({}, { owner: pdev.asRef() });
    const lanes = [pdev.asRef()];
    return { hw, lanes };
  },
};`,
  },
  {
    name: 'L1: a class driver (implements pci.Driver<T>) whose data is assembled with Object.assign, the field declared Device<Bound>',
    code: imports + `class ClassDriver implements pci.Driver<{ readonly owner: device.Device<device.Bound> }> {
  readonly name = 'class-assign';
  readonly idTable = [{ vendor: 1, device: 2 }];
  probe(pdev: pci.Device<device.Core>) {
    const data = Object.assign({}, { owner: pdev.asRef() });
    return data;
  }
}
export const driver = new ClassDriver();`,
  },
  {
    name: 'L3: methods storing into this (a field, a #private array, a declared Map) of an object made in probe and kept by the driver data',
    code: imports + `class Tracker {
  last: device.Device<device.Bound> | undefined;
  readonly #seen: device.Device<device.Bound>[] = [];
  readonly byName: Map<string, device.Device<device.Bound>> = new Map();
  keep(dev: device.Device<device.Bound>): void {
    this.last = dev;
  }
  remember(dev: device.Device<device.Bound>): number {
    this.#seen.push(dev);
    return this.#seen.length;
  }
  index(dev: device.Device<device.Bound>): void {
    this.byName.set(dev.name, dev);
  }
}
export const driver: pci.Driver<{ readonly tracker: Tracker }> = {
  name: 'tracker-owned',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const tracker = new Tracker();
    tracker.keep(pdev.asRef());
    tracker.remember(pdev.asRef());
    tracker.index(pdev.asRef());
    return { tracker };
  },
};`,
  },
  {
    name: 'L4: a method of another module keeping its argument in a #private field, called on an instance made in probe and kept by the data',
    code: imports + `import { DeviceLog } from './no-stored-bound-device.helpers.js';
export const driver: platform.Driver<{ readonly log: DeviceLog; readonly seq: number }> = {
  name: 'log-owned',
  idTable: [{ compatible: 'acme,log' }],
  probe(pdev) {
    const log = new DeviceLog();
    const seq = log.note(pdev.asRef());
    return { log, seq };
  },
};`,
  },
  {
    name: 'L1: only the counts of a local Map keyed by the device reach a module variable (numbers hold no device)',
    code: imports + `const lastCounts: number[] = [];
export const driver: pci.Driver<{ count: number }> = {
  name: 'counts',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const perDevice = new Map<device.Device<device.Core>, number>();
    perDevice.set(dev.asRef(), 1);
    lastCounts.push(...perDevice.values());
    const snapshot = [...perDevice.values()];
    lastCounts.splice(0, 0, ...snapshot);
    return { count: snapshot.length };
  },
};`,
  },
  {
    name: 'L3: helpers keep the Bar in the holder they are given with ??=, ||= and &&=; probe passes a local holder',
    code: imports + `// L3: a logical assignment stores only its right operand: the old value of the field is not stored back into it
interface Holder {
  bar?: pci.Bar;
  spare?: pci.Bar;
  last?: pci.Bar;
}
function attach(holder: Holder, bar: pci.Bar): void {
  holder.bar ??= bar;
}
function attachSpare(holder: Holder, bar: pci.Bar): void {
  holder.spare ||= bar;
}
function replaceLast(holder: Holder, bar: pci.Bar): void {
  holder.last &&= bar;
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'holder-local',
  idTable: [{ vendor: 0x1234, device: 0x0042 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'holder/regs');
    const bar = regs.access(dev.asRef());
    const holder: Holder = {};
    attach(holder, bar);
    attachSpare(holder, bar);
    replaceLast(holder, bar);
    holder.bar?.write32(0x0, 0x1);
    return { regs };
  },
};
`,
  },
  {
    name: 'L3: a helper copies the Bar between holders it is given, a method shares this.bar with one; probe passes local holders',
    code: imports + `// L3: what a helper reads of its parameters or of this is what its caller handed it: the caller judges it
interface Holder {
  bar?: pci.Bar;
}
function copyBar(from: Holder, to: Holder): void {
  to.bar = from.bar;
}
class Window {
  constructor(readonly bar: pci.Bar) {}
  shareWith(other: Holder): void {
    other.bar ??= this.bar;
  }
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'copy-local',
  idTable: [{ vendor: 0x1234, device: 0x0046 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'copy/regs');
    const first: Holder = { bar: regs.access(dev.asRef()) };
    const second: Holder = {};
    copyBar(first, second);
    new Window(regs.access(dev.asRef())).shareWith(second);
    second.bar?.write32(0x0, 0x1);
    return { regs };
  },
};
`,
  },
  {
    name: 'L4: helpers of another module keep the Bar in (adoptBar, ??=) or copy it to (copyBar) a holder probe makes',
    code: imports + `import { adoptBar, copyBar } from './no-stored-bound-device.helpers.js';
// L4: the holders are local to probe
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'adopt-local',
  idTable: [{ vendor: 0x1234, device: 0x0048 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'adopt/regs');
    const holder: { bar?: pci.Bar } = {};
    adoptBar(holder, regs.access(dev.asRef()));
    const copy: { bar?: pci.Bar } = {};
    copyBar({ bar: regs.access(dev.asRef()) }, copy);
    return { regs };
  },
};
`,
  },
  {
    name: 'L3: constructors that register the new object in a static or module registry, when it holds only the Devres or copies (issue 9, class 8)',
    code: imports + `// L3: the registered objects hold a Devres and a name, never the IoMem; a built-in push through call into a local array
class ClockGate {
  static readonly all: ClockGate[] = [];
  constructor(
    readonly name: string,
    private readonly mem: devres.Devres<platform.IoMem>,
  ) {
    ClockGate.all.push(this);
  }
}
const byName = new Map<string, Counter>();
class Counter {
  private readonly base: number;
  constructor(readonly name: string, io: platform.IoMem) {
    this.base = io.read32(0x0);
    byName.set(name, this);
  }
}
class Window {
  constructor(private readonly io: platform.IoMem) {}
  read(): number {
    return this.io.read32(0x4);
  }
}
export const driver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem> }> = {
  name: 'gate-ok',
  idTable: [{ compatible: 'acme,gate-ok' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    new ClockGate('bus-uart0', mem);
    new Counter('c0', mem.access(pdev.asRef()));
    new Window(mem.access(pdev.asRef())).read();
    const local: platform.IoMem[] = [];
    Array.prototype.push.call(local, mem.access(pdev.asRef()));
    return { mem };
  },
};
`,
  },
  {
    name: 'L2: unbind hands its data to a .then callback when the data holds only handles, numbers and a promise of a number',
    code:
      imports +
      `// L2: what the data's declared type stores cannot reach anything a binding scopes
interface FlushData {
  readonly handle: device.Device<device.Normal>;
  readonly flushed: Promise<number>;
  readonly lines: readonly number[];
}
export const driver: platform.Driver<FlushData> = {
  name: 'flush-handles',
  idTable: [{ compatible: 'vendor,flush-handles' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    return { handle: pdev.asRef().toNormal(), flushed: Promise.resolve(io.read32(0x0)), lines: [1, 2] };
  },
  unbind(_pdev, data) {
    void data.flushed.then((n) => data.handle.info(\`flushed \${n} of \${data.lines.length}\`));
  },
};
`,
  },
  {
    name: 'L2: unbind keeps its data (Devres containers, a Map of names to counts, a class with only methods) in a timer and a module-level list',
    code:
      imports +
      `// L2: Devres containers are fine anywhere, and neither counts nor methods hold a reference
class Stats {
  total(): number {
    return 0;
  }
}
interface TimerData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly counts: Map<string, number>;
  readonly stats: Stats;
}
const retired: TimerData[] = [];
export const driver: platform.Driver<TimerData> = {
  name: 'timer-handles',
  idTable: [{ compatible: 'vendor,timer-handles' }],
  probe(pdev) {
    return { regs: pdev.iomapResource(0), counts: new Map([['irq', 0]]), stats: new Stats() };
  },
  unbind(_pdev, data) {
    setTimeout(() => data.counts.clear(), 10);
    retired.push(data);
  },
};
`,
  },
  {
    name: 'L1: probe keeps its Device<Core> in an array field of an object it made and drops',
    code: imports + `// L1: the array is read from a local's field: it dies with probe, so the device does not outlive its scope
export const driver: pci.Driver<{ readonly count: number }> = {
  name: 'counted',
  idTable: [{ vendor: 0x1234, device: 0x0440 }],
  probe(pdev) {
    const seen: { list: pci.Device<device.Core>[] } = { list: [] };
    seen.list.unshift(pdev);
    for (const d of seen.list) d.enableDeviceMem();
    return { count: seen.list.length };
  },
};
`,
  },
];

// ---------------------------------------------------------------------------------------------
// invalid: a bound/core value (or one obtained through it) stored where it outlives its scope.
// ---------------------------------------------------------------------------------------------

type Expected = { messageId: 'stored'; line: number; column: number; suggestions?: { messageId: 'useToNormal'; output: string }[] };
type InvalidCase = { name: string; code: string; errors: Expected[]; settings?: Record<string, unknown> };

function invalidCase(name: string, code: string, errors: (code: string) => Expected[], settings?: Record<string, unknown>): InvalidCase {
  return { name, code, errors: errors(code), ...(settings ? { settings } : {}) };
}

const invalid: InvalidCase[] = [
  invalidCase(
    'L0: probe stores its Device<Core> in a module-level let typed Device<Core>',
    imports + `// L0: assignment to a module-level let (declared type keeps Core: no handle fits, no suggestion)
let lastProbed: pci.Device<device.Core> | undefined;
export const driver: pci.Driver<{ pdev: pci.Device<device.Bound> }> = {
  name: 'nova-core',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(dev) {
    lastProbed = dev;
    return { pdev: dev };
  },
};
`,
    (code) => [stored(code, 'lastProbed = dev;')],
  ),
  invalidCase(
    'L0: probe stores its Device<Core> in a module-level let typed as a handle (suggest toNormal())',
    imports + `// L0: assignment to a module-level let whose type is Device<Normal>: a handle fits, suggest .toNormal()
let lastProbed: pci.Device | undefined;
export const driver: pci.Driver<{ vendor: number }> = {
  name: 'nova-core',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(dev) {
    dev.enableDeviceMem();
    lastProbed = dev;
    return { vendor: dev.vendorId };
  },
};
export function lastName(): string | undefined {
  return lastProbed?.name;
}
`,
    (code) => [storedSuggestingHandle(code, 'lastProbed = dev;', 'dev')],
  ),
  invalidCase(
    'L0: a class driver stores the device on itself (this.x)',
    imports + `// L0: this.current = dev in a class driver: the driver object outlives every binding
class GpuData {
  constructor(readonly regs: devres.Devres<pci.Bar>) {}
}
export class GpuDriver implements pci.Driver<GpuData> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 0x1af4, device: 0x1050 }];
  private current: pci.Device<device.Bound> | undefined;
  probe(dev: pci.Device<device.Core>): GpuData {
    this.current = dev;
    return new GpuData(dev.iomapRegion(0, 'gpu/regs'));
  }
  currentName(): string | undefined {
    return this.current?.name;
  }
}
`,
    (code) => [stored(code, 'this.current = dev;')],
  ),
  invalidCase(
    'L0: the device assigned to a globalThis property',
    imports + `// L0: assignment to a property of globalThis
export const driver: pci.Driver<{ revision: number }> = {
  name: 'debuggable',
  idTable: [{ vendor: 0x1234, device: 0x0101 }],
  probe(dev) {
    (globalThis as unknown as { debugDevice?: device.Device<device.Bound> }).debugDevice = dev.asRef();
    return { revision: dev.revision };
  },
};
`,
    (code) => [stored(code, '(globalThis as unknown')],
  ),
  invalidCase(
    'L0: an IoMem from devres.access() pushed into a module-level array',
    imports + `// L0: push into a module-level array of a value obtained through devres.access()
const mapped: platform.IoMem[] = [];
export const driver: platform.Driver<{ regs: devres.Devres<platform.IoMem> }> = {
  name: 'rockchip-vop2',
  idTable: [{ compatible: 'rockchip,rk3588-vop' }],
  probe(dev) {
    const regs = dev.iomapResource(0);
    mapped.push(regs.access(dev.asRef()));
    return { regs };
  },
};
`,
    (code) => [stored(code, 'mapped.push(')],
  ),
  invalidCase(
    "L0: an auxiliary device's bound parent put into a module-level Map of handles (suggest toNormal())",
    imports + `// L0: Map.set on a module-level map whose values are Device<Normal>: a handle fits, suggest .toNormal()
const parents = new Map<number, device.Device>();
export const driver: auxiliary.Driver<{ id: number }> = {
  name: 'nova-drm',
  idTable: [{ modname: 'nova_core', name: 'nova-drm' }],
  probe(dev) {
    parents.set(dev.id, dev.parent());
    return { id: dev.id };
  },
};
`,
    (code) => [storedSuggestingHandle(code, 'parents.set(dev.id, dev.parent());', 'dev.parent()')],
  ),
  invalidCase(
    "L0: unbind adds its Device<Core> to a module-level Set",
    imports + `// L0: Set.add in unbind: the Device<Core> of unbind is valid only during the callback
const removed = new Set<pci.Device<device.Core>>();
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'tracker',
  idTable: [{ vendor: 0x1234, device: 0x0102 }],
  probe(dev) {
    return { regs: dev.iomapRegion(0, 'tracker/regs') };
  },
  unbind(dev, data) {
    data.regs.access(dev.asRef()).write32(0x0, 0x0);
    removed.add(dev);
  },
};
`,
    (code) => [stored(code, 'removed.add(dev);')],
  ),
  invalidCase(
    "L0: probe stores the device into its `info` parameter's field (an id-table object)",
    imports + `// L0: assignment to a field of a parameter (the id-table info object outlives the binding)
interface PanelInfo {
  owner?: device.Device<device.Bound>;
}
export const driver: platform.Driver<{ name: string }, PanelInfo> = {
  name: 'panel',
  idTable: [{ compatible: 'acme,panel', info: {} }],
  probe(dev, info) {
    if (info !== undefined) {
      info.owner = dev.asRef();
    }
    return { name: dev.name };
  },
};
`,
    (code) => [stored(code, 'info.owner = dev.asRef();')],
  ),
  invalidCase(
    "L0: probe's Device<Core> returned in driver data whose declared field type keeps Core (decision)",
    imports + `// L0 (decision): driver data field declared Device<Core>: the Core reference outlives the callback
export const driver: pci.Driver<{ pdev: pci.Device<device.Core> }> = {
  name: 'core-keeper',
  idTable: [{ vendor: 0x1234, device: 0x0103 }],
  probe(dev) {
    dev.enableDeviceMem();
    return { pdev: dev };
  },
};
`,
    (code) => [stored(code, 'pdev: dev }')],
  ),
  invalidCase(
    'L0+L2 (decision): one value, two different escapes: two findings; its later uses: none',
    imports + `// L0 + L2 (decision): assigned to a module let AND captured by queueMicrotask: two findings; later uses are none
let lastIo: platform.IoMem | undefined;
export const driver: platform.Driver<{ regs: devres.Devres<platform.IoMem> }> = {
  name: 'twice',
  idTable: [{ compatible: 'acme,twice' }],
  probe(dev) {
    const regs = dev.iomapResource(0);
    const io = regs.access(dev.asRef());
    lastIo = io;
    queueMicrotask(() => io.write32(0x1, 0x0));
    io.write32(0x2, 0x4);
    lastIo.write32(0x3, 0x8);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'lastIo = io;'), stored(code, '() => io.write32(0x1, 0x0)')],
  ),
  invalidCase(
    'L1: an alias and a conditional, then an index assignment into a module-level array',
    imports + `// L1: alias + conditional expression + index assignment into a module-level array
const slots: (pci.Bar | undefined)[] = [];
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'slots',
  idTable: [{ vendor: 0x1234, device: 0x0104 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'slots/regs');
    const bar = regs.access(dev.asRef());
    const alias = bar;
    const chosen = dev.revision > 2 ? alias : undefined;
    slots[dev.revision] = chosen;
    return { regs };
  },
};
`,
    (code) => [stored(code, 'slots[dev.revision] = chosen;')],
  ),
  invalidCase(
    'L1: destructured out of a local object literal, then assigned to a module-level let',
    imports + `// L1: object literal + destructuring, then assignment to a module-level let
let debugRegs: pci.Bar | undefined;
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'debug',
  idTable: [{ vendor: 0x1234, device: 0x0105 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'debug/regs');
    const ctx = { pdev: dev, bar: regs.access(dev.asRef()) };
    const { bar } = ctx;
    debugRegs = bar;
    return { regs };
  },
};
`,
    (code) => [stored(code, 'debugRegs = bar;')],
  ),
  invalidCase(
    'L1: spread into a new array literal assigned to a module-level let',
    imports + `// L1: array literal with spread, assigned to a module-level let
let known: device.Device<device.Bound>[] = [];
export const driver: pci.Driver<{ revision: number }> = {
  name: 'registry',
  idTable: [{ vendor: 0x1234, device: 0x0106 }],
  probe(dev) {
    const generic = dev.asRef();
    known = [...known, generic];
    return { revision: dev.revision };
  },
};
`,
    (code) => [stored(code, 'known = [...known, generic];')],
  ),
  invalidCase(
    "L1: a user's own wrapper holding a Device<Bound> pushed into a module-level array",
    imports + `// L1: a user's wrapper type (holds a Device<Bound> and a Bar) pushed into a module-level array
class Board {
  constructor(
    readonly dev: device.Device<device.Bound>,
    readonly regs: pci.Bar,
  ) {}
  reset(): void {
    this.regs.write32(0x1, 0x10);
  }
}
const boards: Board[] = [];
export const driver: pci.Driver<{ mapping: devres.Devres<pci.Bar> }> = {
  name: 'board',
  idTable: [{ vendor: 0x1234, device: 0x0107 }],
  probe(dev) {
    const mapping = dev.iomapRegion(0, 'board/regs');
    const board = new Board(dev.asRef(), mapping.access(dev.asRef()));
    board.reset();
    boards.push(board);
    return { mapping };
  },
};
`,
    (code) => [stored(code, 'boards.push(board);')],
  ),
  invalidCase(
    'L2: a Bar captured by the closure handed to setTimeout',
    imports + `// L2: captured by setTimeout (the timer may fire after unbind revoked the Bar)
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'watchdog',
  idTable: [{ vendor: 0x1234, device: 0x0108 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'watchdog/regs');
    const bar = regs.access(dev.asRef());
    setTimeout(() => bar.write32(0x4, 0x0), 100);
    return { regs };
  },
};
`,
    (code) => [stored(code, '() => bar.write32(0x4, 0x0)')],
  ),
  invalidCase(
    'L2: an IoMem captured by a .then callback',
    imports + `// L2: captured by a .then callback (runs after probe returned)
declare const firmwareLoaded: Promise<Uint32Array>;
export const driver: platform.Driver<{ regs: devres.Devres<platform.IoMem> }> = {
  name: 'fw-loader',
  idTable: [{ compatible: 'acme,fw' }],
  probe(dev) {
    const regs = dev.iomapResource(0);
    const io = regs.access(dev.asRef());
    void firmwareLoaded.then((words) => {
      words.forEach((w, i) => io.write32(w, i * 4));
    });
    return { regs };
  },
};
`,
    (code) => [stored(code, '(words) => {')],
  ),
  invalidCase(
    "L2: probe's Device<Core> captured by a listener on a module-level emitter",
    imports + `import { EventEmitter } from 'node:events';
// L2: captured by a listener (.on) on a long-lived emitter
const power = new EventEmitter();
export const driver: pci.Driver<{ revision: number }> = {
  name: 'pm-aware',
  idTable: [{ vendor: 0x1234, device: 0x0109 }],
  probe(dev) {
    power.on('suspend', () => {
      console.log('suspending', dev.name);
    });
    return { revision: dev.revision };
  },
};
`,
    (code) => [stored(code, "() => {\n      console.log('suspending'")],
  ),
  invalidCase(
    'L2: an IRQ handler (its registration owned by the driver data) stores the Bar in a module-level let',
    imports + `// L2: capturing the Bar in the IRQ handler is fine; the store to a module-level let inside it is the escape
let lastIrqBar: pci.Bar | undefined;
export const driver: pci.Driver<{ irq: pci.IrqRegistration; regs: devres.Devres<pci.Bar> }> = {
  name: 'irq-logger',
  idTable: [{ vendor: 0x1234, device: 0x010a }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'irq-logger/regs');
    const bar = regs.access(dev.asRef());
    const irq = dev.requestIrq(0, 'irq-logger', () => {
      bar.write32(0x1, 0x14);
      lastIrqBar = bar;
    });
    return { irq, regs };
  },
};
`,
    (code) => [stored(code, 'lastIrqBar = bar;')],
  ),
  invalidCase(
    "L2: probe's Device<Core> captured by an IRQ handler (runs after probe returned)",
    imports + `// L2: the IRQ handler lives for the binding, but the Device<Core> only for the probe callback
export const driver: platform.Driver<{ irq: platform.IrqRegistration }> = {
  name: 'irq-core',
  idTable: [{ compatible: 'acme,irq-core' }],
  probe(dev) {
    const irq = dev.requestIrq(0, 'irq-core', () => {
      dev.asRef().info('interrupt');
    });
    return { irq };
  },
};
`,
    (code) => [stored(code, "() => {\n      dev.asRef().info('interrupt')")],
  ),
  invalidCase(
    'L2: a closure capturing the Bar stored in a module-level let',
    imports + `// L2: a closure stored in a module-level variable
let onReset: (() => void) | undefined;
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'resettable',
  idTable: [{ vendor: 0x1234, device: 0x010b }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'resettable/regs');
    const bar = regs.access(dev.asRef());
    onReset = () => bar.write32(0x1, 0x0);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'onReset = () =>')],
  ),
  invalidCase(
    'L2: a forEach callback (run synchronously) pushes each Bar into a module-level array',
    imports + `// L2: synchronous forEach callback; the push inside it is the escape
const allBars: pci.Bar[] = [];
export const driver: pci.Driver<{ bar0: devres.Devres<pci.Bar>; bar2: devres.Devres<pci.Bar> }> = {
  name: 'two-bars',
  idTable: [{ vendor: 0x1234, device: 0x010c }],
  probe(dev) {
    const bar0 = dev.iomapRegion(0, 'two/bar0');
    const bar2 = dev.iomapRegion(2, 'two/bar2');
    [bar0.access(dev.asRef()), bar2.access(dev.asRef())].forEach((b) => allBars.push(b));
    return { bar0, bar2 };
  },
};
`,
    (code) => [stored(code, 'allBars.push(b)')],
  ),
  invalidCase(
    'L2: unbind hands a Bar to process.nextTick',
    imports + `// L2: captured by process.nextTick in unbind (runs after unbind returned and the Bar was revoked)
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'deferred-off',
  idTable: [{ vendor: 0x1234, device: 0x010d }],
  probe(dev) {
    return { regs: dev.iomapRegion(0, 'deferred/regs') };
  },
  unbind(dev, data) {
    const bar = data.regs.access(dev.asRef());
    process.nextTick(() => bar.write32(0x0, 0x8));
  },
};
`,
    (code) => [stored(code, '() => bar.write32(0x0, 0x8)')],
  ),
  invalidCase(
    'L3: a same-file helper stores its parameter in a module-level let: reported at the call',
    imports + `// L3: helper in this file whose parameter escapes; the finding is at the call in probe
let lastBar: pci.Bar | undefined;
function keepForDebug(bar: pci.Bar): void {
  lastBar = bar;
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'debug-keeper',
  idTable: [{ vendor: 0x1234, device: 0x010e }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'keeper/regs');
    keepForDebug(regs.access(dev.asRef()));
    return { regs };
  },
};
export function lastSize(): number | undefined {
  return lastBar?.size;
}
`,
    (code) => [stored(code, 'keepForDebug(regs.access')],
  ),
  invalidCase(
    'L3: a same-file helper returns a closure capturing the Bar; the caller pushes it into a module-level array',
    imports + `// L3: helper returns a closure over its parameter; the escape is the push in probe
const pollers: (() => number)[] = [];
function makePoller(bar: pci.Bar, offset: number): () => number {
  return () => bar.read32(offset);
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'poller',
  idTable: [{ vendor: 0x1234, device: 0x010f }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'poller/regs');
    const poll = makePoller(regs.access(dev.asRef()), 0x100);
    pollers.push(poll);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'pollers.push(poll);')],
  ),
  invalidCase(
    'L3: a same-file helper pushes into the collection it is given, here a module-level array',
    imports + `// L3: helper stores its 2nd parameter into its 1st; the caller passes a module-level array
const sharedBars: pci.Bar[] = [];
function collect(into: pci.Bar[], bar: pci.Bar): void {
  into.push(bar);
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'collector',
  idTable: [{ vendor: 0x1234, device: 0x0110 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'collector/regs');
    collect(sharedBars, regs.access(dev.asRef()));
    return { regs };
  },
};
`,
    (code) => [stored(code, 'collect(sharedBars')],
  ),
  invalidCase(
    'L4: helpers in another module store the device and arm a timer on the Bar: reported at each call',
    imports + `import { pollLater, rememberDevice } from './no-stored-bound-device.helpers.js';
// L4: two helpers of another module whose parameters escape: two findings, at the calls
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'remote',
  idTable: [{ vendor: 0x1234, device: 0x0111 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'remote/regs');
    rememberDevice(dev.asRef());
    pollLater(regs.access(dev.asRef()), 0x10);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'rememberDevice(dev.asRef());'), stored(code, 'pollLater(regs.access')],
  ),
  invalidCase(
    'L0: with unknownCalleesEscape, a declared (body-less) callee is treated as escaping',
    imports + `// L0: unknown callee (declare'd) under the option that treats unknown callees as escaping
declare function registerDebugfs(bar: pci.Bar): void;
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'debugfs',
  idTable: [{ vendor: 0x1234, device: 0x0112 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'debugfs/regs');
    registerDebugfs(regs.access(dev.asRef()));
    return { regs };
  },
};
`,
    (code) => [stored(code, 'registerDebugfs(regs')],
    { bindsafe: { unknownCalleesEscape: true } },
  ),
  // ---- issue 9: values by type, proofs, ownership, access paths (docs/architecture.md) ----
  invalidCase(
    'L0: devres.access() of a Devres of an object is a reference: storing it in a module variable is reported',
    imports + `// L0: devres.access() of a Devres of an object is a reference: storing it in a module variable is reported
let lastCfg: { mode: number } | undefined;
export const driver: pci.Driver<{ cfg: devres.Devres<{ mode: number }> }> = {
  name: 'cfg',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const cfg = new devres.Devres(dev.asRef(), { mode: 1 });
    lastCfg = cfg.access(dev.asRef());
    return { cfg };
  },
};`,
    (code) => [stored(code, 'lastCfg = cfg')],
  ),
  invalidCase(
    "L3: a same-file helper obtains the Bar with probe's device; probe keeps it in a module variable",
    imports + `// L3: a same-file helper obtains the Bar with probe's device; probe keeps it in a module variable
let kept: pci.Bar | undefined;
function barOf(regs: devres.Devres<pci.Bar>, parent: pci.Device<device.Bound>): pci.Bar {
  return regs.access(parent.asRef());
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'bar-of',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'bar-of');
    kept = barOf(regs, dev);
    return { regs };
  },
};`,
    (code) => [stored(code, 'kept = barOf')],
  ),
  invalidCase(
    'L3: driver data built by a constructor that keeps the Device<Core> in a field declared Core',
    imports + `// L3: driver data built by a constructor that keeps the Device<Core> in a field declared Core
class Data {
  constructor(readonly dev: pci.Device<device.Core>) {}
}
export const driver: pci.Driver<Data> = {
  name: 'core-field',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    return new Data(dev);
  },
};`,
    (code) => [stored(code, 'dev);\n  },')],
  ),
  invalidCase(
    'L3: a constructor assigns the Device<Core> to a field declared Core (this.dev = dev)',
    imports + `// L3: a constructor assigns the Device<Core> to a field declared Core (this.dev = dev)
class Data {
  readonly dev: pci.Device<device.Core>;
  constructor(dev: pci.Device<device.Core>) {
    this.dev = dev;
  }
}
export const driver: pci.Driver<Data> = {
  name: 'core-field',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const data = new Data(pdev);
    return data;
  },
};`,
    (code) => [stored(code, 'pdev);')],
  ),
  invalidCase(
    'L2: an emitter made in probe keeps a listener capturing the Bar, and the emitter goes into a module variable',
    imports + `import { EventEmitter } from 'node:events';
// L2: an emitter made in probe keeps a listener capturing the Bar, and the emitter goes into a module variable
let shared: EventEmitter | undefined;
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'emitter',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'emitter');
    const bar = regs.access(dev.asRef());
    const events = new EventEmitter();
    events.on('tick', () => bar.read32(0));
    shared = events;
    return { regs };
  },
};`,
    (code) => [stored(code, 'shared = events')],
  ),
  invalidCase(
    'L1: stored through map.get(k)!.field of a module-level Map',
    imports + `// L1: stored through map.get(k)!.field of a module-level Map
const slots = new Map<string, { bar?: pci.Bar }>();
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'slots',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'slots');
    slots.get(dev.name)!.bar = regs.access(dev.asRef());
    return { regs };
  },
};`,
    (code) => [stored(code, 'slots.get(dev.name)!.bar =')],
  ),
  invalidCase(
    'L1: stored through list.at(-1)!.field and Object.values(record)[0]!.field of module objects',
    imports + `// L1: stored through list.at(-1)!.field and Object.values(record)[0]!.field of module objects
const state = { list: [] as { bar?: pci.Bar }[] };
const byName: Record<string, { bar?: pci.Bar }> = {};
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'paths',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'paths');
    const bar = regs.access(dev.asRef());
    state.list.at(-1)!.bar = bar;
    Object.values(byName)[0]!.bar = bar;
    return { regs };
  },
};`,
    (code) => [stored(code, 'state.list.at(-1)!.bar ='), stored(code, 'Object.values(byName)[0]!.bar =')],
  ),
  invalidCase(
    'L3: a same-file helper stores its parameter through map.get(k)!.field of a module-level Map',
    imports + `// L3: a same-file helper stores its parameter through map.get(k)!.field of a module-level Map
const slots = new Map<string, { bar?: pci.Bar }>();
function park(name: string, bar: pci.Bar): void {
  slots.get(name)!.bar = bar;
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'park',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'park');
    park(dev.name, regs.access(dev.asRef()));
    return { regs };
  },
};`,
    (code) => [stored(code, 'park(dev.name')],
  ),
  invalidCase(
    'L4: a helper in another module stores its parameter through slots.get(k)!.field of its module-level Map',
    imports + `import { parkInSlot } from './no-stored-bound-device.helpers.js';
// L4: a helper in another module stores its parameter through slots.get(k)!.field of its module-level Map
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'park',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'park');
    parkInSlot(dev.name, regs.access(dev.asRef()));
    return { regs };
  },
};`,
    (code) => [stored(code, 'parkInSlot(dev.name')],
  ),
  invalidCase(
    'L2: a closure stores the Bar through map.get(k)!.field of a module-level Map',
    imports + `// L2: a closure stores the Bar through map.get(k)!.field of a module-level Map
const slots = new Map<string, { bar?: pci.Bar }>();
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'park-closure',
  idTable: [{ vendor: 1, device: 2 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'park-closure');
    const bar = regs.access(dev.asRef());
    const park = (name: string) => {
      slots.get(name)!.bar = bar;
    };
    park('a');
    return { regs };
  },
};`,
    (code) => [stored(code, 'slots.get(name)!.bar =')],
  ),
  invalidCase(
    'L3: this.poll.bind(this) handed to setInterval by a method of an object holding the Bar (issue 9, class 7)',
    imports + `// L3: a same-file class whose start() gives its bound poll method to a timer; probe calls it
class Poller {
  constructor(readonly bar: pci.Bar) {}
  poll(): void { this.bar.read32(0); }
  start(): void { setInterval(this.poll.bind(this), 100); }
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'bound-start',
  idTable: [{ vendor: 0x1234, device: 0x0037 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'bound/regs');
    const p = new Poller(regs.access(dev.asRef()));
    p.start();
    return { regs };
  },
};
`,
    (code) => [stored(code, 'p.start()')],
  ),
  invalidCase(
    'L2: a bound method of an object holding the Bar given to setInterval (issue 9, class 7)',
    imports + `// L2: obj.method.bind(obj): the bound function holds its receiver, and the receiver holds the Bar
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'bound-timer',
  idTable: [{ vendor: 0x1234, device: 0x0034 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'bound/regs');
    const bar = regs.access(dev.asRef());
    const poller = { bar, tick(): void { this.bar.read32(0); } };
    setInterval(poller.tick.bind(poller), 100);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'poller.tick.bind(poller)')],
  ),
  invalidCase(
    'L2: this.poll.bind(this) of an object holding the Bar stored in a module variable (issue 9, class 7)',
    imports + `// L2: a class instance holding the Bar, its bound method kept in a module variable
let saved: (() => void) | undefined;
class Poller {
  constructor(readonly bar: pci.Bar) {}
  poll(): void { this.bar.read32(0); }
  bound(): () => void { return this.poll.bind(this); }
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'bound-saved',
  idTable: [{ vendor: 0x1234, device: 0x0035 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'bound/regs');
    const p = new Poller(regs.access(dev.asRef()));
    saved = p.poll.bind(p);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'saved = p.poll.bind(p);')],
  ),
  invalidCase(
    'L3: a same-file function bound to the device (a bound argument) returned in a closure kept by a timer (issue 9, class 7)',
    imports + `// L3: a function bound to the device handed to setTimeout: the bound function holds the device
function report(this: void, dev: pci.Device<device.Bound>): void {
  dev.asRef().info('late');
}
export const driver: pci.Driver<{ vendor: number }> = {
  name: 'bound-arg',
  idTable: [{ vendor: 0x1234, device: 0x0036 }],
  probe(dev) {
    setTimeout(report.bind(undefined, dev), 10);
    return { vendor: dev.vendorId };
  },
};
`,
    (code) => [stored(code, 'report.bind(undefined, dev)')],
  ),
  invalidCase(
    'L1: the Device<Core> in a local literal returned later as driver data whose declared field keeps Core',
    imports + `export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly owner: device.Device<device.Core> }> = {
  name: 'later',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'later');
    const owner = pdev.asRef();
    const data = { regs, owner };
    return data;
  },
};`,
    (code) => [stored(code, 'owner };')],
  ),
  invalidCase(
    'L1: the Device<Core> in a nested local literal whose field is declared Core along the path of the data',
    imports + `export const driver: pci.Driver<{ readonly hw: { readonly owner: device.Device<device.Core> } }> = {
  name: 'nested-core',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const hw = { owner: pdev.asRef() };
    return { hw };
  },
};`,
    (code) => [stored(code, 'owner: pdev')],
  ),
  invalidCase(
    'L1: Object.assign of a literal holding the Device<Core> into driver data whose declared field keeps Core',
    imports + `export const driver: pci.Driver<{ readonly owner: device.Device<device.Core> }> = {
  name: 'assign-core',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const data = Object.assign({}, { owner: pdev.asRef() });
    return data;
  },
};`,
    (code) => [stored(code, 'owner: pdev')],
  ),
  invalidCase(
    'L1: a generic driver-data type instantiated with Core keeps the Device<Core> past the callback',
    imports + `interface Held<C extends device.Normal> {
  readonly pdev: pci.Device<C>;
}
export const driver: pci.Driver<Held<device.Core>> = {
  name: 'generic-core',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const data = { pdev };
    return data;
  },
};`,
    (code) => [stored(code, 'pdev };')],
  ),
  invalidCase(
    'L1: the Device<Core> in a local array kept as a driver-data field declared Device<Core>[]',
    imports + `export const driver: pci.Driver<{ readonly owners: device.Device<device.Core>[] }> = {
  name: 'core-array',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const owners = [pdev.asRef()];
    return { owners };
  },
};`,
    (code) => [stored(code, 'return { owners }')],
  ),
  invalidCase(
    'L3: a generic class instantiated with Core as the driver data keeps the Device<Core> (constructor parameter property)',
    imports + `class Holder<C extends device.Normal> {
  constructor(readonly pdev: pci.Device<C>) {}
}
export const driver: pci.Driver<Holder<device.Core>> = {
  name: 'generic-holder',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return new Holder(pdev);
  },
};`,
    (code) => [stored(code, 'pdev);')],
  ),
  invalidCase(
    'L3: a method of a module-level instance pushes its argument into a #private array of this: reported at the call',
    imports + `class Registry {
  readonly #seen: device.Device<device.Bound>[] = [];
  remember(dev: device.Device<device.Bound>): number {
    this.#seen.push(dev);
    return this.#seen.length;
  }
}
const registry = new Registry();
export const driver: pci.Driver<{ readonly seq: number }> = {
  name: 'registry',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const seq = registry.remember(pdev.asRef());
    return { seq };
  },
};`,
    (code) => [stored(code, 'registry.remember(')],
  ),
  invalidCase(
    'L3: a method sets its argument into a Map field declared with a bound value type, called on a module-level instance',
    imports + `class Index {
  readonly byName: Map<string, device.Device<device.Bound>> = new Map();
  index(dev: device.Device<device.Bound>): void {
    this.byName.set(dev.name, dev);
  }
}
const shared = new Index();
export const driver: pci.Driver<{ readonly ok: boolean }> = {
  name: 'index',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    shared.index(pdev.asRef());
    return { ok: true };
  },
};`,
    (code) => [stored(code, 'shared.index(')],
  ),
  invalidCase(
    'L3: a static method pushes its argument into a static field through this (the class outlives the binding)',
    imports + `class Census {
  static readonly all: device.Device<device.Bound>[] = [];
  static count(dev: device.Device<device.Bound>): void {
    this.all.push(dev);
  }
}
export const driver: pci.Driver<{ readonly ok: boolean }> = {
  name: 'census',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    Census.count(pdev.asRef());
    return { ok: true };
  },
};`,
    (code) => [stored(code, 'Census.count(')],
  ),
  invalidCase(
    'L3: a method storing into this called on a parameter of the function that makes the driver (the receiver is not made in probe)',
    imports + `class Keeper {
  readonly #kept: device.Device<device.Bound>[] = [];
  keep(dev: device.Device<device.Bound>): void {
    this.#kept.push(dev);
  }
}
export function makeDriver(keeper: Keeper): pci.Driver<{ readonly ok: boolean }> {
  return {
    name: 'param-keeper',
    idTable: [{ vendor: 1, device: 2 }],
    probe(pdev) {
      keeper.keep(pdev.asRef());
      return { ok: true };
    },
  };
}`,
    (code) => [stored(code, 'keeper.keep(')],
  ),
  invalidCase(
    'L4: a method of a module-level instance of another module keeps its argument in a #private field: reported at the call',
    imports + `import { deviceLog } from './no-stored-bound-device.helpers.js';
export const driver: platform.Driver<{ readonly seq: number }> = {
  name: 'log-shared',
  idTable: [{ compatible: 'acme,log' }],
  probe(pdev) {
    const seq = deviceLog.note(pdev.asRef());
    return { seq };
  },
};`,
    (code) => [stored(code, 'deviceLog.note(')],
  ),
  invalidCase(
    'L1: probe parks the Bar in a module-level map slot with ??=: one finding, for the Bar stored',
    imports + `// L1: a logical assignment stores its right operand; the slot's old value is not stored again
const slots = new Map<string, { bar?: pci.Bar }>([['main', {}]]);
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'slot-nullish',
  idTable: [{ vendor: 0x1234, device: 0x0041 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'slot/regs');
    const slot = slots.get('main')!;
    slot.bar ??= regs.access(dev.asRef());
    return { regs };
  },
};
`,
    (code) => [stored(code, 'slot.bar ??=')],
  ),
  invalidCase(
    'L3: helpers keep the Bar in the holder they are given with ??=, ||= and &&=; probe passes a module-level holder: reported at each call',
    imports + `// L3: the holder outlives the binding; each helper stores only its parameter into it
interface Holder {
  bar?: pci.Bar;
  spare?: pci.Bar;
  last?: pci.Bar;
}
const shared: Holder = {};
function attach(holder: Holder, bar: pci.Bar): void {
  holder.bar ??= bar;
}
function attachSpare(holder: Holder, bar: pci.Bar): void {
  holder.spare ||= bar;
}
function replaceLast(holder: Holder, bar: pci.Bar): void {
  holder.last &&= bar;
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'holder-shared',
  idTable: [{ vendor: 0x1234, device: 0x0043 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'holder/regs');
    attach(shared, regs.access(dev.asRef()));
    attachSpare(shared, regs.access(dev.asRef()));
    replaceLast(shared, regs.access(dev.asRef()));
    return { regs };
  },
};
`,
    (code) => [stored(code, 'attach(shared'), stored(code, 'attachSpare(shared'), stored(code, 'replaceLast(shared')],
  ),
  invalidCase(
    'L3: a helper copies the Bar from a holder it is given into a module-level one, a method shares this.bar with it: reported at the calls',
    imports + `// L3: a part of a parameter (from.bar) or of the receiver (this.bar) stored into another parameter
interface Holder {
  bar?: pci.Bar;
}
const shared: Holder = {};
function copyBar(from: Holder, to: Holder): void {
  to.bar = from.bar;
}
class Window {
  constructor(readonly bar: pci.Bar) {}
  shareWith(other: Holder): void {
    other.bar ??= this.bar;
  }
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'copy-shared',
  idTable: [{ vendor: 0x1234, device: 0x0047 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'copy/regs');
    const first: Holder = { bar: regs.access(dev.asRef()) };
    copyBar(first, shared);
    new Window(regs.access(dev.asRef())).shareWith(shared);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'copyBar(first'), stored(code, 'new Window(')],
  ),
  invalidCase(
    'L4: helpers of another module keep the Bar in (adoptBar, ??=) or copy it to (copyBar) a module-level holder: reported at the calls',
    imports + `import { adoptBar, copyBar } from './no-stored-bound-device.helpers.js';
// L4: the holder outlives the binding
const shared: { bar?: pci.Bar } = {};
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'adopt-shared',
  idTable: [{ vendor: 0x1234, device: 0x0049 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'adopt/regs');
    adoptBar(shared, regs.access(dev.asRef()));
    copyBar({ bar: regs.access(dev.asRef()) }, shared);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'adoptBar('), stored(code, 'copyBar(')],
  ),
  invalidCase(
    'L3: a constructor keeps the IoMem (a parameter property, or this.io = io) and registers the new object in a static or module registry: reported at new (issue 9, class 8)',
    imports + `// L3: what the new object holds escapes with it when its constructor stores \`this\` somewhere long-lived
class ClockGate {
  static readonly all: ClockGate[] = [];
  constructor(
    readonly name: string,
    private readonly io: platform.IoMem,
  ) {
    ClockGate.all.push(this);
  }
  enable(bit: number): void {
    this.io.write32(this.io.read32(0x0) | (1 << bit), 0x0);
  }
}
const registry = new Map<string, Divider>();
class Divider {
  private readonly io: platform.IoMem;
  constructor(name: string, io: platform.IoMem) {
    this.io = io;
    registry.set(name, this);
  }
}
export const driver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem> }> = {
  name: 'gate',
  idTable: [{ compatible: 'acme,gate' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const gate = new ClockGate('bus-uart0', mem.access(pdev.asRef()));
    gate.enable(16);
    const io = mem.access(pdev.asRef());
    new Divider('div0', io);
    return { mem };
  },
};
`,
    (code) => [stored(code, "new ClockGate('bus-uart0'"), stored(code, "new Divider('div0'")],
  ),
  invalidCase(
    'L0: a built-in method called through call / apply / Reflect.apply stores the Bar into module-level collections (issue 9, class 7)',
    imports + `// L0: Array.prototype.push.call(list, bar) is list.push(bar)
const kept: pci.Bar[] = [];
const byIndex = new Map<number, pci.Bar>();
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'keep-call',
  idTable: [{ vendor: 0x1234, device: 0x004a }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'keep/regs');
    const bar = regs.access(dev.asRef());
    Array.prototype.push.call(kept, bar);
    Map.prototype.set.apply(byIndex, [0, bar]);
    Reflect.apply(Array.prototype.unshift, kept, [bar]);
    return { regs };
  },
};
`,
    (code) => [stored(code, 'Array.prototype.push.call(kept'), stored(code, 'Map.prototype.set.apply'), stored(code, 'Reflect.apply(')],
  ),
  invalidCase(
    'L2: unbind hands data holding a Device<Bound> to setTimeout',
    imports + `// L2: the data's declared type reaches a bound device, so capturing it keeps that device past the binding
interface PanelData {
  readonly parent: device.Device<device.Bound>;
  readonly lines: number;
}
export const driver: platform.Driver<PanelData> = {
  name: 'panel-late',
  idTable: [{ compatible: 'vendor,panel-late' }],
  probe(pdev) {
    return { parent: pdev.asRef(), lines: 4 };
  },
  unbind(_pdev, data) {
    setTimeout(() => data.parent.info(\`late \${data.lines}\`), 100);
  },
};
`,
    (code) => [stored(code, '() => data.parent.info')],
  ),
  invalidCase(
    'L2: unbind keeps data whose Map values and nested class fields reach a bound device (.then, module-level push)',
    imports + `// L2: reached through a Map's values and through a class's private field
class Channel {
  constructor(private readonly owner: device.Device<device.Bound>) {}
  name(): string {
    return this.owner.name;
  }
}
interface HubData {
  readonly byName: Map<string, Channel>;
}
interface LinkData {
  readonly nested: { readonly inner: { readonly dev: device.Device<device.Bound> } };
}
const retired: LinkData[] = [];
export const hub: platform.Driver<HubData> = {
  name: 'hub-late',
  idTable: [{ compatible: 'vendor,hub-late' }],
  probe(pdev) {
    return { byName: new Map([['a', new Channel(pdev.asRef())]]) };
  },
  unbind(_pdev, data) {
    void Promise.resolve().then(() => data.byName.clear());
  },
};
export const link: platform.Driver<LinkData> = {
  name: 'link-late',
  idTable: [{ compatible: 'vendor,link-late' }],
  probe(pdev) {
    return { nested: { inner: { dev: pdev.asRef() } } };
  },
  unbind(_pdev, data) {
    retired.push(data);
  },
};
`,
    (code) => [stored(code, '() => data.byName.clear()'), stored(code, 'retired.push(data)')],
  ),
  invalidCase(
    'L2: unbind hands data with a callback field to queueMicrotask (a function can capture anything)',
    imports + `// L2: a function-typed field may be a closure over the bound device
interface HookData {
  readonly onStop: () => void;
}
export const driver: platform.Driver<HookData> = {
  name: 'hook-late',
  idTable: [{ compatible: 'vendor,hook-late' }],
  probe(_pdev) {
    return { onStop: () => undefined };
  },
  unbind(_pdev, data) {
    queueMicrotask(() => data.onStop());
  },
};
`,
    (code) => [stored(code, '() => data.onStop()')],
  ),
  invalidCase(
    'L3: a module-level singleton accessor (`return (instance ??= new Tracker())`) hands out a long-lived object; a Bar tracked in it escapes',
    imports + `// L3: the accessor's result is kept by a module variable, so what probe stores into it outlives the binding
class Tracker {
  readonly bars: pci.Bar[] = [];
  track(bar: pci.Bar): void {
    this.bars.push(bar);
  }
}
let instance: Tracker | undefined;
function tracker(): Tracker {
  return (instance ??= new Tracker());
}
export const driver: pci.Driver<{ regs: devres.Devres<pci.Bar> }> = {
  name: 'tracked',
  idTable: [{ vendor: 0x1234, device: 0x0190 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'tracked/regs');
    tracker().track(regs.access(dev.asRef()));
    return { regs };
  },
};
`,
    (code) => [stored(code, 'tracker().track(')],
  ),
  invalidCase(
    'L0: probe resolves a module-level Promise.withResolvers() with its IoMem, also through ?. and reject',
    imports + `// L0: the resolvers object is not made in probe: its promise outlives the callback
export const firstClock = Promise.withResolvers<platform.IoMem>();
let pending: PromiseWithResolvers<platform.IoMem> | undefined = Promise.withResolvers<platform.IoMem>();
export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'rtc',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    firstClock.resolve(io);
    pending?.reject(io);
    pending = undefined;
    return { io };
  },
};
`,
    (code) => [stored(code, 'firstClock.resolve(io);'), stored(code, 'pending?.reject(io);')],
  ),
  invalidCase(
    'L1: resolve destructured from a module-level resolvers object, called with the Device<Core>',
    imports + `// L1: \`const { resolve: settle } = ready\` is still ready's resolve function
export const ready = Promise.withResolvers<pci.Device<device.Core>>();
export const driver: pci.Driver<{ readonly vendor: number }> = {
  name: 'nova-core',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(dev) {
    const { resolve: settle } = ready;
    settle(dev);
    return { vendor: dev.vendorId };
  },
};
`,
    (code) => [stored(code, 'settle(dev);')],
  ),
  invalidCase(
    'L3: a helper resolves the resolvers object it is given; probe passes a module-level one and its IoMem',
    imports + `// L3: the helper stores its second parameter in its first's promise: at the call, in the module's promise
export const firstClock = Promise.withResolvers<platform.IoMem>();
function announce(r: PromiseWithResolvers<platform.IoMem>, io: platform.IoMem): void {
  r.resolve(io);
}
export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'rtc',
  idTable: [{ compatible: 'acme,rtc' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    announce(firstClock, io);
    return { io };
  },
};
`,
    (code) => [stored(code, 'announce(firstClock, io);')],
  ),
  invalidCase(
    'L2: a closure handed to queueMicrotask resolves a module-level resolvers object with the Device<Core>; a class driver resolves its own field',
    imports + `// L2: the closure settles a promise made outside probe; the driver object's field outlives every binding
const ready = Promise.withResolvers<pci.Device<device.Core>>();
export class GpuDriver implements pci.Driver<{ readonly vendor: number }> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 0x1af4, device: 0x1050 }];
  readonly probed = Promise.withResolvers<pci.Device<device.Core>>();
  probe(dev: pci.Device<device.Core>): { readonly vendor: number } {
    queueMicrotask(() => ready.resolve(dev));
    this.probed.resolve(dev);
    return { vendor: dev.vendorId };
  }
}
`,
    (code) => [stored(code, '() => ready.resolve(dev)'), stored(code, 'this.probed.resolve(dev);')],
  ),
  invalidCase(
    'L4: a helper in another module settles its module-level promise with the Device<Core> it is given',
    imports + `// L4: \`announceFirst\` resolves \`firstBound\` (a module-level Promise.withResolvers()) with its parameter
import { announceFirst } from './no-stored-bound-device.helpers.js';
export const driver: pci.Driver<{ readonly vendor: number }> = {
  name: 'nova-core',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(dev) {
    announceFirst(dev.asRef());
    return { vendor: dev.vendorId };
  },
};
`,
    (code) => [stored(code, 'announceFirst(dev.asRef());')],
  ),
  invalidCase(
    "L0: probe unshifts its Device<Core> into an array held by its `info` parameter (the id-table object)",
    imports + `// L0: the array is read from a field of the id-table info, which outlives the callback
interface FamilyInfo {
  readonly family: string;
  readonly instances: pci.Device<device.Core>[];
}
const nvme: FamilyInfo = { family: 'nvme', instances: [] };
export const driver: pci.Driver<{ readonly family: string }, FamilyInfo> = {
  name: 'nvme-info',
  idTable: [{ vendor: 0x144d, device: 0xa808, info: nvme }],
  probe(pdev, info) {
    if (info === undefined) throw new Error('no family');
    info.instances.unshift(pdev);
    return { family: info.family };
  },
};
`,
    (code) => [stored(code, 'info.instances.unshift(pdev);')],
  ),
  invalidCase(
    "L1: probe pushes its Device<Core> through an alias of, and splices it into, the `info` parameter's array",
    imports + `// L1: \`list\` aliases the info's array (read through optional chaining); the element access names the same field
interface FamilyInfo {
  readonly instances: pci.Device<device.Core>[];
}
export const driver: pci.Driver<{ readonly vendor: number }, FamilyInfo> = {
  name: 'nvme-alias',
  idTable: [{ vendor: 0x144d, device: 0xa809, info: { instances: [] } }],
  probe(pdev, info) {
    const list = info?.instances;
    list?.push(pdev);
    if (info) info['instances'].splice(0, 0, pdev);
    return { vendor: pdev.vendorId };
  },
};
`,
    (code) => [stored(code, 'list?.push(pdev);'), stored(code, "info['instances'].splice(0, 0, pdev);")],
  ),
  invalidCase(
    "L2: a closure in probe unshifts the device it is given into the `info` parameter's array",
    imports + `// L2: the arrow captures \`info\`; called with probe's Device<Core>, it stores it in the id-table object
interface FamilyInfo {
  readonly instances: pci.Device<device.Core>[];
}
export const driver: pci.Driver<{ readonly vendor: number }, FamilyInfo> = {
  name: 'nvme-closure',
  idTable: [{ vendor: 0x144d, device: 0xa80a, info: { instances: [] } }],
  probe(pdev, info) {
    const keep = (d: pci.Device<device.Core>) => info?.instances.unshift(d);
    keep(pdev);
    return { vendor: pdev.vendorId };
  },
};
`,
    (code) => [stored(code, 'info?.instances.unshift(d)')],
  ),
];

createRuleTester().run('no-stored-bound-device', rule, {
  valid,
  invalid,
});

describeCasesTypeCheck([...valid, ...invalid]);

describeCasesThroughAnalyzer('no-stored-bound-device', [...valid, ...invalid]);

// ---------------------------------------------------------------------------------------------
// Reports: "Each finding names the value, its scope, where it was obtained and where it escapes
// (ESLint: message plus data)". The wording of the data is the engine's; these checks only ask
// that the message names each of the four.
// ---------------------------------------------------------------------------------------------

function lintMessages(code: string): Linter.LintMessage[] {
  return lintWithRule('no-stored-bound-device', rule, code);
}

describe('messages name the value, its scope, its origin and the sink', () => {
  it('a Device<Core> from probe assigned to a module-level let', () => {
    const code = invalid[0]!.code;
    const messages = lintMessages(code);
    expect(messages).toHaveLength(1);
    const text = messages[0]!.message;
    expect(text).toMatch(/\bdev\b/); // the value
    expect(text).toMatch(/callback|probe/i); // its scope: the probe callback
    expect(text).toMatch(new RegExp(`\\b${at(code, 'probe(dev)').line}\\b`)); // obtained at probe's parameter
    expect(text).toMatch(/lastProbed/); // the sink
  });

  it('a Bar from devres.access() captured by setTimeout', () => {
    const code = invalid.find((c) => c.name.startsWith('L2: a Bar captured by the closure handed to setTimeout'))!.code;
    const messages = lintMessages(code);
    expect(messages).toHaveLength(1);
    const text = messages[0]!.message;
    expect(text).toMatch(/\bbar\b|access\(\)/); // the value (by its name or by the call that produced it)
    expect(text).toMatch(/bound|binding/i); // its scope: the binding
    expect(text).toMatch(new RegExp(`\\b${at(code, 'const bar = regs.access').line}\\b`)); // obtained by devres.access()
    expect(text).toMatch(/setTimeout/); // the sink
  });

  it('a logical assignment names the value it stores, not the old value of its target', () => {
    const code = invalid.find((c) => c.name.startsWith('L1: probe parks the Bar in a module-level map slot with ??='))!.code;
    const messages = lintMessages(code);
    expect(messages).toHaveLength(1);
    const text = messages[0]!.message;
    expect(text).toMatch(/access\(\)/); // the Bar stored: the right operand
    expect(text).not.toMatch(/`slot\.bar` \(a/); // not the slot's old value as a value of its own
    expect(text).toMatch(/slot\.bar/); // the sink
  });
});
