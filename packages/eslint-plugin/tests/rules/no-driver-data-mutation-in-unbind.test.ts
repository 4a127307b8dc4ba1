/**
 * `bindsafe/no-driver-data-mutation-in-unbind`: the oracle suite, derived from docs/rules.md (the
 * contract), not from what the engine happens to do.
 *
 * What the rule finds: `unbind` assigning to, deleting from, or disposing the driver data it only
 * borrows (seed 004), including the mutating methods of built-in collections (`Array`, `Map`,
 * `Set`) held by the data; calls to the data's own methods are not findings (they may lock), nor
 * is reading the data or quiescing hardware. Every case is labelled with its flow level (L0
 * direct, L1 aliases / destructuring / conditionals, L2 closures, L3 a helper in the same file, L4
 * a helper in another module: `fixture/no-driver-data-mutation-in-unbind.helpers.ts`).
 *
 * Locations ("Where a finding points"): the mutating expression (the assignment, the `delete`,
 * the dispose or collection-method call); through a helper (L3, L4), the call in `unbind`.
 * `at(code, snippet)` turns "the finding points at the first character of `snippet`" into the
 * 1-based line and column RuleTester checks.
 */
import { describe, expect, it } from 'vitest';
import type { Linter } from 'eslint';
import rule from '../../src/rules/no-driver-data-mutation-in-unbind.js';
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

/** A `mutation` finding pointing at `snippet`. */
function mutation(code: string, snippet: string) {
  return { messageId: 'mutation' as const, ...at(code, snippet) };
}

// ---------------------------------------------------------------------------------------------
// valid: unbind reading its data, calling the data's own methods, quiescing hardware; mutation
// outside unbind or of things that are not the driver data.
// ---------------------------------------------------------------------------------------------

const valid: { name: string; code: string }[] = [
  {
    name: 'L0: unbind reads its data and quiesces the hardware through the Devres',
    code: imports + `// L0: reading the data and writing device registers (quiescing) is what unbind is for
interface GpuData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly stats: { resets: number; errors: number };
  readonly queue: number[];
}
export const driver: pci.Driver<GpuData> = {
  name: 'gpu',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(dev) {
    return { regs: dev.iomapRegion(0, 'gpu/regs'), stats: { resets: 0, errors: 0 }, queue: [] };
  },
  unbind(dev, data) {
    const bar = data.regs.access(dev.asRef());
    bar.write32(0x0, 0x100);
    data.regs.tryAccessWith((b) => b.write32(0x0, 0x104));
    if (data.stats.errors > 0 || data.queue.length > 0) {
      dev.asRef().info(\`gpu: \${data.stats.errors} errors, \${data.queue.length} pending\`);
    }
  },
};
`,
  },
  {
    name: "L0: unbind calls the data's own methods (which may lock) and those of objects it owns, even named push/clear",
    code: imports + `// L0: calls to the data's own methods are not findings (they may lock before mutating), whatever their names
class Gsp {
  #running = true;
  suspend(): void {
    this.#running = false;
  }
  get running(): boolean {
    return this.#running;
  }
}
/** A user's own queue type: its push/clear are the data's own methods (not Array/Map/Set built-ins). */
class WorkQueue {
  readonly #items: string[] = [];
  push(item: string): void {
    this.#items.push(item);
  }
  clear(): void {
    this.#items.length = 0;
  }
}
class NovaData {
  readonly gsp = new Gsp();
  readonly work = new WorkQueue();
  #state: 'up' | 'down' = 'up';
  constructor(readonly regs: devres.Devres<pci.Bar>) {}
  shutdown(dev: device.Device<device.Bound>): void {
    this.regs.access(dev).write32(0x0, 0x0);
    this.#state = 'down';
  }
  get state(): string {
    return this.#state;
  }
}
export const driver: pci.Driver<NovaData> = {
  name: 'nova-core',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(dev) {
    return new NovaData(dev.iomapRegion(0, 'nova/bar0'));
  },
  unbind(dev, data) {
    data.gsp.suspend();
    data.work.push('final-flush');
    data.work.clear();
    data.shutdown(dev.asRef());
  },
};
`,
  },
  {
    name: 'L1: unbind mutates local copies of the data and a local object that refers to it',
    code: imports + `// L1: copies (spread, slice, new Map) and locally created objects are unbind's own to mutate
interface QueueData {
  readonly queue: number[];
  readonly fences: Map<number, string>;
  readonly stats: { resets: number };
}
export const driver: platform.Driver<QueueData> = {
  name: 'queues',
  idTable: [{ compatible: 'acme,queues' }],
  probe() {
    return { queue: [], fences: new Map(), stats: { resets: 0 } };
  },
  unbind(dev, data) {
    const pending = [...data.queue];
    pending.push(-1);
    pending.sort((a, b) => a - b);
    const tail = data.queue.slice(1);
    tail.length = 0;
    const fences = new Map(data.fences);
    fences.clear();
    const snapshot = { ...data.stats };
    snapshot.resets = 0;
    let { resets } = data.stats;
    resets += 1;
    const report = { data, when: 0 };
    report.when = resets;
    dev.asRef().info(\`queues: \${pending.length} \${report.when}\`);
  },
};
`,
  },
  {
    name: 'L0: unbind uses only non-mutating methods of the collections the data holds',
    code: imports + `// L0: Array/Map/Set methods that do not mutate (slice, map, includes, get, has, forEach, iteration)
interface TrackerData {
  readonly queue: number[];
  readonly fences: Map<number, string>;
  readonly ids: Set<number>;
}
export const driver: pci.Driver<TrackerData> = {
  name: 'tracker',
  idTable: [{ vendor: 0x1234, device: 0x0201 }],
  probe() {
    return { queue: [1, 2], fences: new Map([[1, 'gfx']]), ids: new Set([7]) };
  },
  unbind(dev, data) {
    const doubled = data.queue.map((n) => n * 2);
    const hasSeven = data.ids.has(7) && data.queue.includes(7);
    const gfx = data.fences.get(1);
    data.fences.forEach((name, id) => dev.asRef().info(\`fence \${id}: \${name}\`));
    for (const id of data.ids) dev.asRef().info(\`id \${id}\`);
    dev.asRef().info(\`\${doubled.join(',')} \${hasSeven} \${gfx ?? '-'} \${[...data.fences.keys()].length}\`);
  },
};
`,
  },
  {
    name: "L0: probe builds (mutates) the data before returning it, and the data's dispose tears it down",
    code: imports + `// L0: mutation in probe (before the data is handed over) and in the data's own [Symbol.dispose]
class IrqData implements Disposable {
  readonly log: string[] = [];
  irq: pci.IrqRegistration | undefined;
  [Symbol.dispose](): void {
    this.irq?.[Symbol.dispose]();
    this.irq = undefined;
    this.log.length = 0;
  }
}
export const driver: pci.Driver<IrqData> = {
  name: 'irq-data',
  idTable: [{ vendor: 0x1234, device: 0x0202 }],
  probe(dev) {
    const data = new IrqData();
    data.irq = dev.requestIrq(0, 'irq-data', () => dev.name.length);
    data.log.push('probed');
    return data;
  },
  unbind(dev, data) {
    dev.asRef().info(data.log.join('; '));
  },
};
`,
  },
  {
    name: "L0: a class driver's unbind updates the driver object's own state (not the driver data)",
    code: imports + `// L0: this.unbinds++ mutates the driver object, which unbind does not borrow from the core
export class CountingDriver implements platform.Driver<{ readonly io: devres.Devres<platform.IoMem> }> {
  readonly name = 'counting';
  readonly idTable = [{ compatible: 'acme,counting' }];
  unbinds = 0;
  probe(dev: platform.Device<device.Core>): { readonly io: devres.Devres<platform.IoMem> } {
    return { io: dev.iomapResource(0) };
  }
  unbind(dev: platform.Device<device.Core>, data: Readonly<{ readonly io: devres.Devres<platform.IoMem> }>): void {
    data.io.access(dev.asRef()).write32(0x0, 0x0);
    this.unbinds++;
  }
}
`,
  },
  {
    name: 'L2: closures in unbind that only read the data (forEach, a timer logging a copied value)',
    code: imports + `// L2: callbacks that read the data (synchronously or later, on a copied value) mutate nothing
interface ChannelData {
  readonly channels: { id: number; open: boolean }[];
}
export const driver: pci.Driver<ChannelData> = {
  name: 'channels',
  idTable: [{ vendor: 0x1234, device: 0x0203 }],
  probe() {
    return { channels: [{ id: 0, open: true }] };
  },
  unbind(dev, data) {
    let open = 0;
    data.channels.forEach((ch) => {
      if (ch.open) open += 1;
    });
    const name = dev.name;
    setTimeout(() => console.log(\`\${name}: \${open} channels were open\`), 0);
  },
};
`,
  },
  {
    name: 'L3: a same-file helper that only reads what unbind passes it',
    code: imports + `// L3: helper in this file reading the data's queue
function summarize(queue: readonly number[]): string {
  return queue.length === 0 ? 'idle' : \`\${queue.length} pending, first \${queue[0] ?? -1}\`;
}
export const driver: pci.Driver<{ readonly queue: number[] }> = {
  name: 'summary',
  idTable: [{ vendor: 0x1234, device: 0x0204 }],
  probe() {
    return { queue: [] };
  },
  unbind(dev, data) {
    dev.asRef().info(summarize(data.queue));
  },
};
`,
  },
  {
    name: 'L4: helpers in another module that only read what unbind passes them',
    code: imports + `import { countPending, formatCounters } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: helpers of another module reading the data
interface StatsData {
  readonly queue: number[];
  readonly stats: { resets: number; errors: number };
}
export const driver: auxiliary.Driver<StatsData> = {
  name: 'stats',
  idTable: [{ modname: 'nova_core', name: 'stats' }],
  probe() {
    return { queue: [], stats: { resets: 0, errors: 0 } };
  },
  unbind(dev, data) {
    dev.asRef().info(\`\${countPending(data.queue)} pending, \${formatCounters(data.stats)}\`);
  },
};
`,
  },
  {
    name: 'L0: an unbind method on an object that is not a driver (recognised by type, not by name)',
    code: imports + `// L0: a session object's own unbind(…, data) mutating its parameter: not a bus driver's unbind
interface Lease {
  holder: string | undefined;
  readonly history: string[];
}
export const session = {
  unbind(client: string, data: Lease): void {
    data.holder = undefined;
    data.history.push(client);
  },
};
export const driver: pci.Driver<{ lease: Lease }> = {
  name: 'lease',
  idTable: [{ vendor: 0x1234, device: 0x0205 }],
  probe() {
    return { lease: { holder: 'probe', history: [] } };
  },
};
`,
  },
  {
    name: 'L0: unbind deletes the data from a module-level side table (the table is mutated, not the data)',
    code: imports + `// L0: the data is only a key: WeakMap.delete mutates the module's table, which unbind may do
interface PortData {
  readonly port: number;
}
const openPorts = new WeakMap<PortData, string>();
export const driver: platform.Driver<PortData> = {
  name: 'ports',
  idTable: [{ compatible: 'acme,ports' }],
  probe() {
    const data = { port: 7 };
    openPorts.set(data, 'probed');
    return data;
  },
  unbind(dev, data) {
    dev.asRef().info(\`port \${data.port}: \${openPorts.get(data) ?? 'unknown'}\`);
    openPorts.delete(data);
  },
};
`,
  },
  {
    name: 'L1: collections built from the data (Array.from, new Set, Object.entries) are sorted and cleared',
    code: imports + `// L1: fresh collections made from the data's contents belong to unbind
interface TableData {
  readonly ids: Set<number>;
  readonly names: Record<string, number>;
}
export const driver: pci.Driver<TableData> = {
  name: 'tables',
  idTable: [{ vendor: 0x1234, device: 0x0206 }],
  probe() {
    return { ids: new Set([3, 1]), names: { gfx: 1 } };
  },
  unbind(dev, data) {
    const ids = Array.from(data.ids);
    ids.sort((a, b) => a - b);
    const copy = new Set(data.ids);
    copy.clear();
    const entries = Object.entries(data.names);
    entries.reverse();
    dev.asRef().info(\`\${ids.join(',')} \${entries.length}\`);
  },
};
`,
  },
  {
    name: 'L2: a timer callback in unbind mutates only its own counter',
    code: imports + `// L2: the closure mutates a local of unbind, never the data
export const driver: pci.Driver<{ readonly queue: number[] }> = {
  name: 'ticker',
  idTable: [{ vendor: 0x1234, device: 0x0207 }],
  probe() {
    return { queue: [4, 5] };
  },
  unbind(dev, data) {
    let ticks = 0;
    const pending = data.queue.length;
    const timer = setInterval(() => {
      ticks += 1;
      if (ticks >= pending) clearInterval(timer);
    }, 1);
    dev.asRef().info(\`waiting for \${pending}\`);
  },
};
`,
  },
  {
    name: 'L3: a same-file helper sorts a copy of what unbind passes it',
    code: imports + `// L3: the helper copies before sorting, so the data's array is untouched
function sortedCopy(queue: readonly number[]): number[] {
  const copy = [...queue];
  copy.sort((a, b) => b - a);
  return copy;
}
export const driver: pci.Driver<{ readonly queue: number[] }> = {
  name: 'sorter',
  idTable: [{ vendor: 0x1234, device: 0x0208 }],
  probe() {
    return { queue: [2, 9] };
  },
  unbind(dev, data) {
    dev.asRef().info(sortedCopy(data.queue).join(','));
  },
};
`,
  },
  {
    name: 'L0: code that does not import the model: zero findings whatever it does',
    // The one case without the `imports` line: the point is that nothing of the model is imported.
    code: `// L0: no import of @bindsafe/kernel: a look-alike driver whose unbind mutates its data
interface Driver<Data> {
  probe(dev: string): Data;
  unbind?(dev: string, data: Data): void;
}
export const driver: Driver<{ count: number; list: number[] }> = {
  probe: () => ({ count: 0, list: [] }),
  unbind(_dev, data) {
    data.count = 1;
    data.list.push(1);
    delete (data as { count?: number }).count;
  },
};
`,
  },
  {
    name: 'L2: reduce / map / forEach callbacks in unbind that change only local copies',
    code: imports + `interface Ring { head: number; tail: number }
export const driver: pci.Driver<{ readonly rings: Ring[] }> = {
  name: 'rings',
  idTable: [{ vendor: 0x1234, device: 0x0411 }],
  probe() {
    return { rings: [{ head: 0, tail: 0 }] };
  },
  unbind(dev, data) {
    const copies = data.rings.map((r) => ({ head: r.head, tail: r.tail }));
    const n = copies.reduce((acc, ring) => { ring.head = ring.tail; return acc + 1; }, 0);
    const totals = data.rings.reduce((acc, ring) => { acc.sum += ring.tail; return acc; }, { sum: 0 });
    copies.forEach((ring) => { ring.tail = 0; });
    dev.asRef().info(\`\${n} rings, \${totals.sum}\`);
  },
};
`,
  },
  {
    name: 'L2: built-in methods called through call / apply on local copies, or ones that change nothing (issue 9, class 7)',
    code: imports + `interface Log { readonly regs: devres.Devres<pci.Bar>; readonly retired: string[]; readonly names: readonly string[] }
export const driver: pci.Driver<Log> = {
  name: 'retire-copy',
  idTable: [{ vendor: 0x1234, device: 0x0414 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'retire'), retired: [], names: ['a', 'b'] };
  },
  unbind(dev, data) {
    const copy = [...data.retired];
    data.names.forEach((n) => Array.prototype.push.call(copy, n));
    Reflect.apply(Array.prototype.push, copy, ['done']);
    const head = Array.prototype.slice.call(data.retired, 0, 1);
    const joined = Array.prototype.join.apply(data.retired, [',']);
    dev.asRef().info(\`\${copy.length} \${head.length} \${joined}\`);
  },
};
`,
  },
  {
    name: 'L4: a helper in another module copies a table of the data into a new object; the copy gets a new entry',
    code: imports + `import { cloneTable, copyCounters, drainQueue, resetFirst, wrapQueue } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: an object spread in a helper of another module makes a new object: adding to it leaves the data's table alone
interface TableData {
  readonly table: { [name: string]: { resets: number } };
}
export const driver: platform.Driver<TableData> = {
  name: 'table',
  idTable: [{ compatible: 'acme,table' }],
  probe() {
    return { table: { main: { resets: 0 } } };
  },
  unbind(dev, data) {
    const table = cloneTable(data.table);
    table['spare'] = { resets: 0 };
    delete table['main'];
    dev.asRef().info(\`\${Object.keys(table).length} tables\`);
  },
};
`,
  },
  {
    name: 'L4: a copy a helper in another module slices out of the data is emptied by another helper',
    code: imports + `import { cloneTable, copyCounters, drainQueue, resetFirst, wrapQueue } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: \`slice\` in a helper of another module makes a new array; draining it leaves the data's list alone
interface CounterData {
  readonly counters: { resets: number }[];
}
export const driver: auxiliary.Driver<CounterData> = {
  name: 'counters',
  idTable: [{ modname: 'nova_core', name: 'counters' }],
  probe() {
    return { counters: [{ resets: 0 }] };
  },
  unbind(dev, data) {
    const copy = copyCounters(data.counters);
    copy.splice(0, copy.length);
    dev.asRef().info(\`\${copy.length} counters\`);
  },
};
`,
  },  {
    name: 'L4: a helper in another module empties the copy another one makes of the data\'s list (the list, not its elements)',
    code: imports + `import { copyCounters, emptyList } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: emptyList changes the array it is given, a new one here; the data's counters are untouched
interface CounterData {
  readonly counters: { resets: number }[];
}
export const driver: auxiliary.Driver<CounterData> = {
  name: 'counters',
  idTable: [{ modname: 'nova_core', name: 'counters' }],
  probe() {
    return { counters: [{ resets: 0 }] };
  },
  unbind(dev, data) {
    emptyList(copyCounters(data.counters));
    dev.asRef().info('emptied a copy');
  },
};
`,
  },
  {
    name: 'L4: a helper in another module tallies the data\'s lanes into a record unbind makes, storing only names and counts',
    code: imports + `import { tallyLanes, type LaneTally } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: what tallyLanes stores into the tally from the lanes is a string and a number: copies, so only the tally changes
interface LaneData {
  readonly lanes: Map<string, number[]>;
}
export const driver: platform.Driver<LaneData> = {
  name: 'lanes',
  idTable: [{ compatible: 'acme,lanes' }],
  probe() {
    return { lanes: new Map([['left', [1, 2]]]) };
  },
  unbind(dev, data) {
    const tally: LaneTally = { lanes: 0, byLane: new Map(), names: [] };
    tallyLanes(data.lanes, tally);
    dev.asRef().info(\`\${tally.lanes} lanes\`);
  },
};
`,
  },
  {
    name: 'L3: a helper in this file adds the names of the data\'s entries to a set a record unbind makes holds',
    code: imports + `// L3: a name is a copy: adding it to the record's set changes the record, not the data
function collectNames(table: ReadonlyMap<string, { resets: number }>, into: { readonly seen: Set<string> }): void {
  for (const [name] of table) into.seen.add(name);
}
interface TableData {
  readonly table: Map<string, { resets: number }>;
}
export const driver: pci.Driver<TableData> = {
  name: 'names',
  idTable: [{ vendor: 0x1af4, device: 0x1003 }],
  probe() {
    return { table: new Map([['main', { resets: 0 }]]) };
  },
  unbind(dev, data) {
    const record = { seen: new Set<string>() };
    collectNames(data.table, record);
    dev.asRef().info(\`\${record.seen.size} names\`);
  },
};
`,
  },
  {
    name: 'L3: a helper in this file writes the names of the data\'s entries into the elements of a list a record unbind makes holds',
    code: imports + `// L3: an element assigned a name holds a copy: the record's list changes, not the data
function listNames(table: ReadonlyMap<string, { resets: number }>, into: { readonly names: string[] }): number {
  let i = 0;
  for (const [name] of table) into.names[i++] = name;
  return i;
}
interface TableData {
  readonly table: Map<string, { resets: number }>;
}
export const driver: platform.Driver<TableData> = {
  name: 'names',
  idTable: [{ compatible: 'acme,names' }],
  probe() {
    return { table: new Map([['main', { resets: 0 }]]) };
  },
  unbind(dev, data) {
    const record = { names: [] as string[] };
    dev.asRef().info(\`\${listNames(data.table, record)} names\`);
  },
};
`,
  },
  {
    name: 'L4: a function given by name to map reads each of the data\'s rings; one given to forEach rewinds copies unbind made',
    code: imports + `import { fillLevels, rewindRing, ringFill } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: ringFill only reads; the rings rewindRing changes are new objects made here
interface RingData {
  readonly rings: { head: number; tail: number }[];
}
export const driver: platform.Driver<RingData> = {
  name: 'rings',
  idTable: [{ compatible: 'acme,rings' }],
  probe() {
    return { rings: [{ head: 0, tail: 2 }] };
  },
  unbind(dev, data) {
    const levels = data.rings.map(ringFill).concat(fillLevels(data.rings));
    data.rings.map((r) => ({ ...r })).forEach(rewindRing);
    dev.asRef().info(\`\${levels.length} rings\`);
  },
};
`,
  },
  {
    name: 'L1: a rest element makes a new object or array: changing it leaves the data alone',
    code: imports + `// L1: { label, ...counters } and [head, ...tail] copy what the data holds into new containers
interface RestData {
  readonly stats: { label: string; resets: number; drops: number };
  readonly lanes: number[];
}
export const driver: pci.Driver<RestData> = {
  name: 'rest-copies',
  idTable: [{ vendor: 0x1234, device: 0x0230 }],
  probe() {
    return { stats: { label: 'q0', resets: 0, drops: 0 }, lanes: [1, 2, 3] };
  },
  unbind(dev, data) {
    const { label, ...counters } = data.stats;
    counters.drops = 0;
    delete (counters as { resets?: number }).resets;
    const [head, ...tail] = data.lanes;
    tail.push(head ?? 0);
    tail.sort((a, b) => b - a);
    dev.asRef().info(\`\${label} \${counters.drops} \${tail.join(',')}\`);
  },
};
`,
  },
  {
    name: 'L1: Object.values / Object.entries of a record of numbers, and the entry arrays themselves, are copies',
    code: imports + `// L1: numbers read out are copies; the array Object.values makes and each [key, value] pair are new
interface TallyData {
  readonly counts: Record<string, number>;
  readonly groups: Record<string, number[]>;
}
export const driver: pci.Driver<TallyData> = {
  name: 'tally-copies',
  idTable: [{ vendor: 0x1234, device: 0x0231 }],
  probe() {
    return { counts: { rx: 1 }, groups: { rx: [1] } };
  },
  unbind(dev, data) {
    for (let n of Object.values(data.counts)) n += 1;
    const groups = Object.values(data.groups);
    groups.reverse();
    groups.push([]);
    Object.entries(data.groups).forEach((entry) => {
      entry.pop();
    });
    for (const [name, members] of Object.entries(data.groups)) {
      const sorted = [...members];
      sorted.sort();
      dev.asRef().info(\`\${name}: \${sorted.join(',')}\`);
    }
  },
};
`,
  },
  {
    name: "L3: a same-file helper reads the name of the child registration a class's getter gives",
    code: imports + `// L3: reading what the data owns through a helper is not a change
class HubData {
  readonly #child: auxiliary.Registration;
  constructor(child: auxiliary.Registration) {
    this.#child = child;
  }
  get child(): auxiliary.Registration {
    return this.#child;
  }
}
function childLabel(hub: { readonly child: auxiliary.Registration }): string {
  return hub.child.name;
}
export const driver: pci.Driver<HubData> = {
  name: 'hub',
  idTable: [{ vendor: 0x1234, device: 0x0a01 }],
  probe(pdev) {
    return new HubData(auxiliary.Registration.new(pdev.asRef(), 'gpio', 0, 'hub'));
  },
  unbind(pdev, data) {
    pdev.asRef().info(childLabel(data));
  },
};
`,
  },
  {
    name: 'L3: a same-file helper drops the child registration of an object unbind made, not of the data',
    code: imports + `// L3: the helper drops what its parameter owns, but unbind passes it its own object
function dropChild(holder: { readonly child: auxiliary.Registration }): void {
  void holder.child.drop();
}
export const driver: pci.Driver<{ readonly label: string }> = {
  name: 'hub',
  idTable: [{ vendor: 0x1234, device: 0x0a02 }],
  probe() {
    return { label: 'hub' };
  },
  unbind(pdev, data) {
    dropChild({ child: auxiliary.Registration.new(pdev.asRef(), 'gpio', 0, data.label) });
  },
};
`,
  },
  {
    name: 'L4: a helper in another module only reads the child registration of the data it is given',
    code: imports + `import { childName, type ChildOwner } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: a helper of another module reading what the data owns
export const driver: pci.Driver<ChildOwner> = {
  name: 'bridge',
  idTable: [{ vendor: 0x1234, device: 0x0a03 }],
  probe(pdev) {
    return { child: auxiliary.Registration.new(pdev.asRef(), 'gpio', 0, 'bridge'), label: 'bridge' };
  },
  unbind(pdev, data) {
    pdev.asRef().info(childName(data));
  },
};
`,
  },
];

// ---------------------------------------------------------------------------------------------
// invalid: unbind assigning to, deleting from or disposing the data it only borrows.
// ---------------------------------------------------------------------------------------------

type Expected = { messageId: 'mutation'; line: number; column: number };
type InvalidCase = { name: string; code: string; errors: Expected[] };

function invalidCase(name: string, code: string, errors: (code: string) => Expected[]): InvalidCase {
  return { name, code, errors: errors(code) };
}

const invalid: InvalidCase[] = [
  invalidCase(
    "L0: a class driver's unbind assigns to a field of its (mutably declared) data",
    imports + `// L0: assignment to a field of the driver data (the class declares the parameter without Readonly)
class NovaData {
  enabled = true;
  constructor(readonly regs: devres.Devres<pci.Bar>) {}
}
export class NovaDriver implements pci.Driver<NovaData> {
  readonly name = 'nova-core';
  readonly idTable = [{ vendor: 0x10de, device: 0x2684 }];
  probe(dev: pci.Device<device.Core>): NovaData {
    return new NovaData(dev.iomapRegion(0, 'nova/bar0'));
  }
  unbind(dev: pci.Device<device.Core>, data: NovaData): void {
    data.regs.access(dev.asRef()).write32(0x0, 0x100);
    data.enabled = false;
  }
}
`,
    (code) => [mutation(code, 'data.enabled = false;')],
  ),
  invalidCase(
    'L0: unbind deletes an entry of a record the data holds',
    imports + `// L0: delete from the driver data
interface FileData {
  readonly clients: Record<number, string>;
}
export const driver: platform.Driver<FileData> = {
  name: 'clients',
  idTable: [{ compatible: 'acme,clients' }],
  probe() {
    return { clients: { 3: 'compositor' } };
  },
  unbind(dev, data) {
    for (const fd of Object.keys(data.clients)) {
      delete data.clients[Number(fd)];
    }
    dev.asRef().info('clients dropped');
  },
};
`,
    (code) => [mutation(code, 'delete data.clients[Number(fd)];')],
  ),
  invalidCase(
    'L0: unbind disposes the driver data itself',
    imports + `// L0: disposing the data unbind only borrows (the core drops it right after unbind)
class DisplayData implements Disposable {
  constructor(readonly io: devres.Devres<platform.IoMem>) {}
  [Symbol.dispose](): void {
    this.io.tryAccessWith((io) => io.write32(0x0, 0x0));
  }
}
export const driver: platform.Driver<DisplayData> = {
  name: 'display',
  idTable: [{ compatible: 'acme,display' }],
  probe(dev) {
    return new DisplayData(dev.iomapResource(0));
  },
  unbind(dev, data) {
    dev.asRef().info('display: tearing down');
    data[Symbol.dispose]();
  },
};
`,
    (code) => [mutation(code, 'data[Symbol.dispose]();')],
  ),
  invalidCase(
    'L0: unbind calls mutating methods of a Map, a Set and an Array the data holds (three findings)',
    imports + `// L0: Map.clear, Set.delete and Array.push on collections held by the data
interface FenceData {
  readonly fences: Map<number, string>;
  readonly ids: Set<number>;
  readonly log: string[];
}
export const driver: pci.Driver<FenceData> = {
  name: 'fences',
  idTable: [{ vendor: 0x1234, device: 0x0301 }],
  probe() {
    return { fences: new Map(), ids: new Set(), log: [] };
  },
  unbind(dev, data) {
    data.fences.clear();
    data.ids.delete(dev.revision);
    data.log.push('unbound');
  },
};
`,
    (code) => [mutation(code, 'data.fences.clear();'), mutation(code, 'data.ids.delete('), mutation(code, "data.log.push('unbound');")],
  ),
  invalidCase(
    'L0: unbind updates counters of an object the data owns (++ and +=: two findings)',
    imports + `// L0: update and compound assignment on an object owned by the data
interface Stats {
  resets: number;
  errors: number;
}
export const driver: pci.Driver<{ readonly stats: Stats }> = {
  name: 'stats',
  idTable: [{ vendor: 0x1234, device: 0x0302 }],
  probe() {
    return { stats: { resets: 0, errors: 0 } };
  },
  unbind(dev, data) {
    data.stats.resets++;
    data.stats.errors += dev.revision;
  },
};
`,
    (code) => [mutation(code, 'data.stats.resets++;'), mutation(code, 'data.stats.errors += dev.revision;')],
  ),
  invalidCase(
    'L0 (decision): unbind disposes an IRQ registration the data owns',
    imports + `// L0 (decision): disposing what the data owns is disposing (part of) the driver data: tear it down in the data's dispose
interface IrqData {
  readonly irq: pci.IrqRegistration;
  readonly regs: devres.Devres<pci.Bar>;
}
export const driver: pci.Driver<IrqData> = {
  name: 'irq-owner',
  idTable: [{ vendor: 0x1234, device: 0x0303 }],
  probe(dev) {
    const regs = dev.iomapRegion(0, 'irq-owner/regs');
    const bar = regs.access(dev.asRef());
    return { irq: dev.requestIrq(0, 'irq-owner', () => bar.write32(0x1, 0x14)), regs };
  },
  unbind(dev, data) {
    data.regs.access(dev.asRef()).write32(0x0, 0x10);
    data.irq[Symbol.dispose]();
  },
};
`,
    (code) => [mutation(code, 'data.irq[Symbol.dispose]();')],
  ),
  invalidCase(
    'L1: a queue destructured out of the data and aliased, then spliced',
    imports + `// L1: destructuring + alias: the array is still the data's
export const driver: pci.Driver<{ readonly queue: number[] }> = {
  name: 'queue',
  idTable: [{ vendor: 0x1234, device: 0x0304 }],
  probe() {
    return { queue: [] };
  },
  unbind(dev, data) {
    const { queue } = data;
    const pending = queue;
    pending.splice(0, pending.length);
    dev.asRef().info('queue drained');
  },
};
`,
    (code) => [mutation(code, 'pending.splice(0, pending.length);')],
  ),
  invalidCase(
    'L1: one of two rings of the data chosen by a conditional, then truncated',
    imports + `// L1: conditional expression selecting an array the data holds; assignment to its length
interface RingData {
  readonly rings: { readonly gfx: number[]; readonly compute: number[] };
}
export const driver: pci.Driver<RingData> = {
  name: 'rings',
  idTable: [{ vendor: 0x1234, device: 0x0305 }],
  probe() {
    return { rings: { gfx: [], compute: [] } };
  },
  unbind(dev, data) {
    const ring = dev.revision > 1 ? data.rings.gfx : data.rings.compute;
    ring.length = 0;
  },
};
`,
    (code) => [mutation(code, 'ring.length = 0;')],
  ),
  invalidCase(
    'L2: a forEach callback (run synchronously) closes each channel the data owns',
    imports + `// L2: assignment inside a synchronous forEach callback to objects the data owns
interface ChannelData {
  readonly channels: { id: number; open: boolean }[];
}
export const driver: pci.Driver<ChannelData> = {
  name: 'channels',
  idTable: [{ vendor: 0x1234, device: 0x0306 }],
  probe() {
    return { channels: [{ id: 0, open: true }] };
  },
  unbind(dev, data) {
    data.channels.forEach((ch) => {
      ch.open = false;
    });
    dev.asRef().info('channels closed');
  },
};
`,
    (code) => [mutation(code, 'ch.open = false;')],
  ),
  invalidCase(
    'L2: a local arrow defined and called in unbind resets the data',
    imports + `// L2: the mutation sits in a closure unbind creates and calls; it points at the mutating expression
export const driver: platform.Driver<{ readonly stats: { resets: number } }> = {
  name: 'resetter',
  idTable: [{ compatible: 'acme,resetter' }],
  probe() {
    return { stats: { resets: 0 } };
  },
  unbind(dev, data) {
    const reset = (): void => {
      data.stats.resets = 0;
    };
    dev.asRef().info('resetting');
    reset();
  },
};
`,
    (code) => [mutation(code, 'data.stats.resets = 0;')],
  ),
  invalidCase(
    'L3: a same-file helper truncates the queue unbind passes it: reported at the call',
    imports + `// L3: helper in this file mutates its parameter; the finding is at the call in unbind
function drain(queue: number[]): void {
  queue.length = 0;
}
export const driver: pci.Driver<{ readonly queue: number[] }> = {
  name: 'drain',
  idTable: [{ vendor: 0x1234, device: 0x0307 }],
  probe() {
    const queue: number[] = [];
    drain(queue);
    return { queue };
  },
  unbind(dev, data) {
    dev.asRef().info('draining');
    drain(data.queue);
  },
};
`,
    (code) => [mutation(code, 'drain(data.queue);')],
  ),
  invalidCase(
    'L4: helpers in another module clear a Map and reset counters the data holds: reported at each call',
    imports + `import { clearFences, resetCounters } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: helpers of another module mutating their parameters; two findings, at the calls in unbind
export class FenceDriver implements pci.Driver<{ readonly fences: Map<number, string>; readonly stats: { resets: number; errors: number } }> {
  readonly name = 'fence-driver';
  readonly idTable = [{ vendor: 0x1234, device: 0x0308 }];
  probe(): { readonly fences: Map<number, string>; readonly stats: { resets: number; errors: number } } {
    return { fences: new Map(), stats: { resets: 0, errors: 0 } };
  }
  unbind(dev: pci.Device<device.Core>, data: Readonly<{ readonly fences: Map<number, string>; readonly stats: { resets: number; errors: number } }>): void {
    dev.asRef().info('fences');
    clearFences(data.fences);
    resetCounters(data.stats);
  }
}
`,
    (code) => [mutation(code, 'clearFences(data.fences);'), mutation(code, 'resetCounters(data.stats);')],
  ),
  invalidCase(
    'L0: unbind merges into an object of the data with Object.assign',
    imports + `// L0: Object.assign writes into its first argument, here an object the data owns
interface ClockData {
  readonly rates: { core: number; mem: number };
}
export const driver: platform.Driver<ClockData> = {
  name: 'clocks',
  idTable: [{ compatible: 'acme,clocks' }],
  probe() {
    return { rates: { core: 100, mem: 200 } };
  },
  unbind(dev, data) {
    dev.asRef().info('clocks: parking');
    Object.assign(data.rates, { core: 0, mem: 0 });
  },
};
`,
    (code) => [mutation(code, 'Object.assign(data.rates')],
  ),
  invalidCase(
    'L0: unbind sorts and reverses an array of the data in place (two findings)',
    imports + `// L0: sort and reverse mutate the array they are called on
export const driver: pci.Driver<{ readonly order: number[] }> = {
  name: 'order',
  idTable: [{ vendor: 0x1234, device: 0x0309 }],
  probe() {
    return { order: [3, 1, 2] };
  },
  unbind(dev, data) {
    data.order.sort((a, b) => a - b);
    data.order.reverse();
    dev.asRef().info('order reset');
  },
};
`,
    (code) => [mutation(code, 'data.order.sort('), mutation(code, 'data.order.reverse();')],
  ),
  invalidCase(
    'L3: a same-file helper deletes an entry from a Map unbind passes it: reported at the call',
    imports + `// L3: helper in this file deletes from its parameter; the finding is at the call in unbind
function forget(clients: Map<number, string>, id: number): void {
  clients.delete(id);
}
export const driver: pci.Driver<{ readonly clients: Map<number, string> }> = {
  name: 'forget',
  idTable: [{ vendor: 0x1234, device: 0x030a }],
  probe() {
    return { clients: new Map([[1, 'compositor']]) };
  },
  unbind(dev, data) {
    dev.asRef().info('forgetting');
    forget(data.clients, 1);
  },
};
`,
    (code) => [mutation(code, 'forget(data.clients, 1);')],
  ),
  invalidCase(
    'L2: a reduce callback in unbind assigns to each ring of the data',
    imports + `interface Ring { head: number; tail: number }
export const driver: pci.Driver<{ readonly rings: Ring[] }> = {
  name: 'rings',
  idTable: [{ vendor: 0x1234, device: 0x0412 }],
  probe() {
    return { rings: [{ head: 0, tail: 0 }] };
  },
  unbind(dev, data) {
    const n = data.rings.reduce((acc, ring) => { ring.head = ring.tail; return acc + 1; }, 0);
    dev.asRef().info(\`\${n} rings\`);
  },
};
`,
    (code) => [mutation(code, 'ring.head = ring.tail')],
  ),
  invalidCase(
    'L2: the accumulator of a reduce in unbind is the data itself',
    imports + `export const driver: pci.Driver<{ readonly seen: Set<number>; readonly ids: number[] }> = {
  name: 'seen',
  idTable: [{ vendor: 0x1234, device: 0x0413 }],
  probe() {
    return { seen: new Set<number>(), ids: [1, 2] };
  },
  unbind(dev, data) {
    data.ids.reduce((acc, id) => acc.add(id), data.seen);
    dev.asRef().info('done');
  },
};
`,
    (code) => [mutation(code, 'acc.add(id)')],
  ),
  invalidCase(
    'L2: a built-in prototype method called on the data through call / apply / Reflect.apply (issue 9, class 7)',
    imports + `interface Engine { readonly name: string; readonly offset: number }
interface Video {
  readonly regs: devres.Devres<pci.Bar>;
  readonly engines: readonly Engine[];
  readonly retired: string[];
  readonly byName: Map<string, number>;
  readonly seen: Set<string>;
}
export const driver: pci.Driver<Video> = {
  name: 'retire',
  idTable: [{ vendor: 0x1234, device: 0x0415 }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'retire'), engines: [{ name: 'e0', offset: 0 }], retired: [], byName: new Map(), seen: new Set() };
  },
  unbind(pdev, data) {
    const bar = data.regs.access(pdev.asRef());
    data.engines.forEach((engine) => {
      bar.write32(0, engine.offset);
      Array.prototype.push.call(data.retired, engine.name);
    });
    Map.prototype.set.call(data.byName, 'e0', 0);
    ([] as string[]).push.apply(data.retired, ['e1']);
    Reflect.apply(Set.prototype.add, data.seen, ['e0']);
  },
};
`,
    (code) => [
      mutation(code, 'Array.prototype.push.call(data.retired'),
      mutation(code, 'Map.prototype.set.call'),
      mutation(code, '([] as string[]).push.apply'),
      mutation(code, 'Reflect.apply(Set'),
    ],
  ),
  invalidCase(
    "L4: the elements of a copy a helper in another module makes are the data's: changing one changes the data",
    imports + `import { cloneTable, copyCounters, drainQueue, resetFirst, wrapQueue } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: a new array, the same counter objects: writing a counter of the copy writes the data's
interface CounterData {
  readonly counters: { resets: number }[];
}
export const driver: auxiliary.Driver<CounterData> = {
  name: 'counters',
  idTable: [{ modname: 'nova_core', name: 'counters' }],
  probe() {
    return { counters: [{ resets: 0 }] };
  },
  unbind(dev, data) {
    dev.asRef().info('resetting');
    for (const c of copyCounters(data.counters)) c.resets = 0;
  },
};
`,
    (code) => [mutation(code, 'c.resets = 0;')],
  ),
  invalidCase(
    "L4: a helper in another module changes an element of a copy another one makes of the data's list",
    imports + `import { cloneTable, copyCounters, drainQueue, resetFirst, wrapQueue } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: the copy is new, its elements are not: resetFirst writes into the data's first counter
interface CounterData {
  readonly counters: { resets: number }[];
}
export const driver: auxiliary.Driver<CounterData> = {
  name: 'counters',
  idTable: [{ modname: 'nova_core', name: 'counters' }],
  probe() {
    return { counters: [{ resets: 0 }] };
  },
  unbind(dev, data) {
    dev.asRef().info('resetting');
    resetFirst(copyCounters(data.counters));
  },
};
`,
    (code) => [mutation(code, 'resetFirst(copyCounters(data.counters));')],
  ),
  invalidCase(
    "L4: a helper in another module resets every element of a copy another one makes of the data's list, in a for…of",
    imports + `import { copyCounters, resetAll } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: the copy is new, its elements are the data's counters: resetAll writes into each of them
interface CounterData {
  readonly counters: { resets: number }[];
}
export const driver: auxiliary.Driver<CounterData> = {
  name: 'counters',
  idTable: [{ modname: 'nova_core', name: 'counters' }],
  probe() {
    return { counters: [{ resets: 0 }] };
  },
  unbind(dev, data) {
    dev.asRef().info('resetting');
    resetAll(copyCounters(data.counters));
    resetAll(data.counters);
  },
};
`,
    (code) => [mutation(code, 'resetAll(copyCounters(data.counters));'), mutation(code, 'resetAll(data.counters);')],
  ),
  invalidCase(
    "L4: the entries of a table a helper in another module copies are the data's: resetting one changes the data",
    imports + `import { cloneTable, copyCounters, drainQueue, resetFirst, wrapQueue } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: a new object, the same counter objects: writing an entry's field writes the data's
interface TableData {
  readonly table: { [name: string]: { resets: number } };
}
export const driver: platform.Driver<TableData> = {
  name: 'table',
  idTable: [{ compatible: 'acme,table' }],
  probe() {
    return { table: { main: { resets: 0 } } };
  },
  unbind(dev, data) {
    dev.asRef().info('resetting');
    const table = cloneTable(data.table);
    const main = table['main'];
    if (main) main.resets = 0;
  },
};
`,
    (code) => [mutation(code, 'main.resets = 0;')],
  ),
  invalidCase(
    "L4: a helper in another module wraps the data's queue without copying it: emptying the wrapped queue empties the data's",
    imports + `import { cloneTable, copyCounters, drainQueue, resetFirst, wrapQueue } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: the object wrapQueue returns is new, the queue it holds is the data's own
interface QueueData {
  readonly queue: number[];
}
export const driver: platform.Driver<QueueData> = {
  name: 'queue',
  idTable: [{ compatible: 'acme,queue' }],
  probe() {
    return { queue: [1, 2] };
  },
  unbind(dev, data) {
    dev.asRef().info('draining');
    const wrapped = wrapQueue(data.queue);
    drainQueue(wrapped.items);
  },
};
`,
    (code) => [mutation(code, 'drainQueue(wrapped.items);')],
  ),
  invalidCase(
    "L2: Object.values of a record of arrays holds the record's own arrays: sorting one in a forEach callback sorts the data's",
    imports + `// L2: the array Object.values makes is new, its elements are the data's arrays
interface HistogramData {
  readonly bins: Record<'small' | 'large', number[]>;
}
export const driver: platform.Driver<HistogramData> = {
  name: 'histogram',
  idTable: [{ compatible: 'acme,histogram' }],
  probe() {
    return { bins: { small: [3, 1], large: [] } };
  },
  unbind(dev, data) {
    dev.asRef().info('sorting');
    Object.values(data.bins).forEach((bin) => {
      bin.sort((a, b) => a - b);
    });
  },
};
`,
    (code) => [mutation(code, 'bin.sort((a, b) => a - b);')],
  ),
  invalidCase(
    "L1: a for…of over Object.values, and the value of each Object.entries pair, are the data's arrays",
    imports + `// L1: emptying each value empties the data's arrays
interface QueuesData {
  readonly queues: { [name: string]: string[] };
}
export const driver: platform.Driver<QueuesData> = {
  name: 'queues',
  idTable: [{ compatible: 'acme,queues' }],
  probe() {
    return { queues: { tx: ['a'] } };
  },
  unbind(dev, data) {
    for (const queue of Object.values(data.queues)) queue.splice(0);
    for (const [name, queue] of Object.entries(data.queues)) queue.push(name);
    Object.entries(data.queues).forEach((entry) => entry[1].pop());
    dev.asRef().info('drained');
  },
};
`,
    (code) => [mutation(code, 'queue.splice(0);'), mutation(code, 'queue.push(name);'), mutation(code, 'entry[1].pop()')],
  ),
  invalidCase(
    "L4: a function in another module given by name to forEach rewinds each of the data's rings",
    imports + `import { rewindRing } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: forEach calls rewindRing with each ring during the call: the data's rings change
interface RingData {
  readonly rings: { head: number; tail: number }[];
}
export const driver: platform.Driver<RingData> = {
  name: 'rings',
  idTable: [{ compatible: 'acme,rings' }],
  probe() {
    return { rings: [{ head: 0, tail: 2 }] };
  },
  unbind(dev, data) {
    dev.asRef().info('rewinding');
    data.rings.forEach(rewindRing);
  },
};
`,
    (code) => [mutation(code, 'data.rings.forEach(rewindRing);')],
  ),
  invalidCase(
    'L4: a helper in another module hands a function of its own by name to forEach over the record it is given',
    imports + `import { rewindAll } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: rewindAll(data) calls rewindRing on each of data.rings: the change is the helper's, reported at the call
interface RingData {
  readonly rings: { head: number; tail: number }[];
}
export const driver: pci.Driver<RingData> = {
  name: 'rings',
  idTable: [{ vendor: 0x1af4, device: 0x1004 }],
  probe() {
    return { rings: [{ head: 0, tail: 2 }] };
  },
  unbind(dev, data) {
    dev.asRef().info('rewinding');
    rewindAll(data);
  },
};
`,
    (code) => [mutation(code, 'rewindAll(data);')],
  ),
  invalidCase(
    'L3: a function declared in this file, given by name to a helper that maps the list it is given through it',
    imports + `// L3: filter and map run their callback during the call, here a function declared below, on the data's entries
function bump(c: { resets: number }): boolean {
  c.resets += 1;
  return c.resets > 3;
}
function bumpAll(list: readonly { resets: number }[]): number {
  return list.filter(bump).length;
}
interface CounterData {
  readonly counters: { resets: number }[];
}
export const driver: auxiliary.Driver<CounterData> = {
  name: 'counters',
  idTable: [{ modname: 'nova_core', name: 'counters' }],
  probe() {
    return { counters: [{ resets: 0 }] };
  },
  unbind(dev, data) {
    dev.asRef().info(\`\${bumpAll(data.counters)} over\`);
    data.counters.map(bump);
  },
};
`,
    (code) => [mutation(code, 'bumpAll(data.counters)'), mutation(code, 'data.counters.map(bump);')],
  ),
  invalidCase(
    "L4: a helper in another module stores the data's counters (objects) into a record unbind makes, then resets them",
    imports + `import { adoptAndReset, indexAndReset } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: what is stored is the counters themselves, not copies: resetting them through the record resets the data's
interface CounterData {
  readonly counters: { resets: number }[];
  readonly byName: Map<string, { resets: number }>;
}
export const driver: platform.Driver<CounterData> = {
  name: 'counters',
  idTable: [{ compatible: 'acme,counters' }],
  probe() {
    return { counters: [{ resets: 0 }], byName: new Map() };
  },
  unbind(dev, data) {
    dev.asRef().info('resetting');
    adoptAndReset(data.counters, { list: [] });
    indexAndReset(data.byName, { byName: new Map() });
  },
};
`,
    (code) => [mutation(code, 'adoptAndReset(data.counters, { list: [] });'), mutation(code, 'indexAndReset(data.byName, { byName: new Map() });')],
  ),
  invalidCase(
    "L3: a same-file helper drops the child registration a class's getter gives: reported at the call",
    imports + `// L3: the helper drops what the data owns (a #private field behind a getter)
class HubData {
  readonly #child: auxiliary.Registration;
  constructor(child: auxiliary.Registration) {
    this.#child = child;
  }
  get child(): auxiliary.Registration {
    return this.#child;
  }
}
function detachChild(hub: { readonly child: auxiliary.Registration }): void {
  void hub.child.drop();
}
export const driver: pci.Driver<HubData> = {
  name: 'hub',
  idTable: [{ vendor: 0x1234, device: 0x0a04 }],
  probe(pdev) {
    return new HubData(auxiliary.Registration.new(pdev.asRef(), 'gpio', 0, 'hub'));
  },
  unbind(pdev, data) {
    pdev.asRef().info('detaching');
    detachChild(data);
  },
};
`,
    (code) => [mutation(code, 'detachChild(data);')],
  ),
  invalidCase(
    'L3: a same-file helper disposes the child registration held in a nested plain field: reported at the call',
    imports + `// L3: [Symbol.asyncDispose]() of a registration the data owns, through a helper given the data
interface BridgeData {
  readonly children: { readonly gpio: auxiliary.Registration };
}
async function retire(bridge: BridgeData): Promise<void> {
  await bridge.children.gpio[Symbol.asyncDispose]();
}
export const driver: pci.Driver<BridgeData> = {
  name: 'bridge',
  idTable: [{ vendor: 0x1234, device: 0x0a05 }],
  probe(pdev) {
    return { children: { gpio: auxiliary.Registration.new(pdev.asRef(), 'gpio', 0, 'bridge') } };
  },
  unbind(pdev, data) {
    pdev.asRef().info('retiring');
    void retire(data);
  },
};
`,
    (code) => [mutation(code, 'retire(data);')],
  ),
  invalidCase(
    'L4: a helper in another module drops the child registration of the data it is given: reported at the call',
    imports + `import { releaseChild, type ChildOwner } from './no-driver-data-mutation-in-unbind.helpers.js';
// L4: a helper of another module dropping a registration the data owns (a plain field)
export const driver: pci.Driver<ChildOwner> = {
  name: 'bridge',
  idTable: [{ vendor: 0x1234, device: 0x0a06 }],
  probe(pdev) {
    return { child: auxiliary.Registration.new(pdev.asRef(), 'gpio', 0, 'bridge'), label: 'bridge' };
  },
  unbind(pdev, data) {
    pdev.asRef().info(releaseChild(data));
  },
};
`,
    (code) => [mutation(code, 'releaseChild(data)')],
  ),
];

createRuleTester().run('no-driver-data-mutation-in-unbind', rule, {
  valid,
  invalid,
});

describeCasesTypeCheck([...valid, ...invalid]);

describeCasesThroughAnalyzer('no-driver-data-mutation-in-unbind', [...valid, ...invalid]);

// ---------------------------------------------------------------------------------------------
// Reports: the message says what unbind did to the data ({{how}}); its wording is the engine's,
// so this only asks that it names the mutated field.
// ---------------------------------------------------------------------------------------------

function lintMessages(code: string): Linter.LintMessage[] {
  return lintWithRule('no-driver-data-mutation-in-unbind', rule, code);
}

describe('messages say what unbind did to the data', () => {
  it('an assignment to a field names the field', () => {
    const messages = lintMessages(invalid[0]!.code);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/enabled/);
  });
});
