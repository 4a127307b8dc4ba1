// @ts-check
/**
 * Drivers without DRM: `nic` (pci, Devres BAR, IRQ), `uart` (platform, IoMem) and `aux` (a pci
 * host creating an auxiliary device, and the auxiliary driver binding to it).
 */
import { hex, kernel, writeLateBind, writeModuleLet } from './shared.mjs';

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/**
 * @param {SourceWriter} w @param {FileSpec} spec @param {{ h: number, from: string }} hw
 */
export function writeNic(w, spec, hw) {
  const { index: i, plant } = spec;
  const { h } = hw;
  w.import(kernel, ['device', 'devres', 'errors', 'pci']);
  w.import(hw.from, [`initRegs${h}`, `readId${h}`, `remember${h}`, ...(plant === 'stored-via-helper' ? [`logBar${h}`] : [])]);
  w.add(`interface NicInfo${i} {
  readonly queues: number;
  readonly family: string;
}

/** Driver data: owns the mapped BAR and the IRQ, and dies with the binding. */
class Nic${i} implements Disposable {
  readonly pending = new Map<number, string>();
  readonly stats = { interrupts: 0, resets: 0 };

  constructor(
    readonly dev: device.Device<device.Bound>,
    readonly bar: devres.Devres<pci.Bar>,
    readonly irq: pci.IrqRegistration,
    readonly info: NicInfo${i},
  ) {}

  rx(): number {
    return this.bar.tryAccessWith((regs) => regs.read32(0x20)) ?? 0;
  }

  enqueue(id: number, what: string): void {
    this.pending.set(id, what);
  }

  [Symbol.dispose](): void {
    this.irq[Symbol.dispose]();
  }
}`);
  writeModuleLet(w, spec);
  w.add(`
export const nicDriver${i}: pci.Driver<Nic${i}, NicInfo${i}> = {
  name: 'nic${i}',
  idTable: [
    { vendor: 0x8086, device: ${hex(0x1000 + (i % 0xe000))}, info: { queues: ${(i % 4) + 1}, family: 'e${i}' } },
    { vendor: 0x8086, device: ${hex(0x1001 + (i % 0xe000))} },
  ],
  probe(dev, info) {
    const cfg = info ?? { queues: 1, family: 'generic' };
    dev.enableDeviceMem();
    dev.setMaster();
    const bar = dev.iomapRegion(0, 'nic${i}');
    const regs = bar.access(dev.asRef());
    if (readId${h}(regs) === 0xffff) throw new errors.KernelError('ENODEV', 'nic${i}: no device behind BAR 0');
    initRegs${h}(regs, cfg.queues);
    dev.asRef().info(\`nic${i}: \${cfg.queues} queues, family \${cfg.family}\`);
    remember${h}(dev.asRef());`);
  if (plant === 'stored-module-let') w.plant(`    lastBound${i} = dev.asRef();`, plant);
  if (plant === 'stored-timer-capture') {
    w.plant(`    setTimeout(() => {`, plant);
    w.add(`      regs.write32(1, 0x30);\n    }, 1000);`);
  }
  if (plant === 'stored-via-helper') w.plant(`    logBar${h}(regs);`, plant);
  w.add(`    const irq = dev.requestIrq(0, 'nic${i}', () => {
      bar.tryAccessWith((r) => r.write32(1, 0x0c));
    });
    return new Nic${i}(dev.asRef(), bar, irq, cfg);
  },
  unbind(dev, data) {
    data.bar.access(dev.asRef()).write32(0, 0x04);
    data.enqueue(-1, 'unbind');`);
  if (plant === 'unbind-mutation') w.plant(`    data.pending.clear();`, plant);
  w.add(`  },
};

export function rxTotal${i}(nics: readonly Nic${i}[]): number {
  return nics.reduce((sum, nic) => sum + nic.rx(), 0);
}`);
  writeLateBind(w, spec);
}
/**
 * @param {SourceWriter} w @param {FileSpec} spec @param {{ h: number, from: string }} hw
 */
export function writeUart(w, spec, hw) {
  const { index: i, plant } = spec;
  const { h } = hw;
  w.import(kernel, ['device', 'devres', 'platform']);
  w.import(hw.from, [`ioStatus${h}`, `describe${h}`, ...(plant === 'stored-via-helper' ? [`logIo${h}`] : [])]);
  w.add(`interface UartInfo${i} {
  readonly fifo: number;
}

/** Driver data: owns the mapped registers and the IRQ. */
class Uart${i} implements Disposable {
  readonly rxBuffer: number[] = [];
  readonly stats = { overruns: 0, label: '' };

  constructor(
    readonly dev: device.Device<device.Bound>,
    readonly io: devres.Devres<platform.IoMem>,
    readonly irq: platform.IrqRegistration,
    readonly fifo: number,
  ) {}

  drain(): number[] {
    return this.rxBuffer.splice(0);
  }

  [Symbol.dispose](): void {
    this.irq[Symbol.dispose]();
  }
}`);
  writeModuleLet(w, spec);
  w.add(`
export const uartDriver${i}: platform.Driver<Uart${i}, UartInfo${i}> = {
  name: 'uart${i}',
  idTable: [{ compatible: 'synth,uart${i}', info: { fifo: ${16 << i % 3} } }, { compatible: 'synth,uart${i}-lite' }],
  probe(dev, info) {
    const io = dev.iomapResource(0);
    const regs = io.access(dev.asRef());
    regs.write32(0, 0x04);
    const status = ioStatus${h}(regs);`);
  if (plant === 'stored-module-let') w.plant(`    lastBound${i} = dev.asRef();`, plant);
  if (plant === 'stored-timer-capture') {
    w.plant(`    setTimeout(() => {`, plant);
    w.add(`      regs.write32(1, 0x04);\n    }, 500);`);
  }
  if (plant === 'stored-via-helper') w.plant(`    logIo${h}(regs);`, plant);
  w.add(`    const irq = dev.requestIrq(0, 'uart${i}', () => {
      io.tryAccessWith((r) => r.read32(0x00));
    });
    const data = new Uart${i}(dev.asRef(), io, irq, info?.fifo ?? 1);
    data.stats.overruns = status;
    data.stats.label = describe${h}(dev.asRef());
    return data;
  },
  unbind(dev, data) {
    data.io.access(dev.asRef()).write32(0, 0x04);
    data.drain();`);
  if (plant === 'unbind-mutation') w.plant(`    data.rxBuffer.splice(0, data.rxBuffer.length);`, plant);
  w.add(`  },
};`);
  writeLateBind(w, spec);
}
/**
 * @param {SourceWriter} w @param {FileSpec} spec @param {{ h: number, from: string }} hw
 */
export function writeAux(w, spec, hw) {
  const { index: i, plant } = spec;
  const { h } = hw;
  w.import(kernel, ['auxiliary', 'devres', 'pci']);
  w.import(hw.from, [`describe${h}`, `readId${h}`]);
  w.add(`/** Host driver data: owns the auxiliary child device it created. */
class AuxHost${i} implements AsyncDisposable {
  constructor(
    readonly child: auxiliary.Registration,
    readonly bar: devres.Devres<pci.Bar>,
  ) {}

  async [Symbol.asyncDispose](): Promise<void> {
    await this.child.drop();
  }
}

export const auxHost${i}: pci.Driver<AuxHost${i}> = {
  name: 'auxhost${i}',
  idTable: [{ vendor: 0x1af4, device: ${hex(0x2000 + (i % 0xd000))} }],
  probe(dev) {
    dev.enableDeviceMem();
    const bar = dev.iomapRegion(0, 'auxhost${i}');
    const child = auxiliary.Registration.new(dev.asRef(), 'port', ${i}, 'auxhost${i}');`);
  if (plant === 'leaked-registration') w.plant(`    auxiliary.Registration.new(dev.asRef(), 'debug', ${i}, 'auxhost${i}');`, plant);
  w.add(`    return new AuxHost${i}(child, bar);
  },
};

interface Port${i} {
  readonly id: number;
  readonly label: string;
  readonly events: string[];
}`);
  writeModuleLet(w, spec);
  w.add(`
export const auxPort${i}: auxiliary.Driver<Port${i}> = {
  name: 'auxport${i}',
  idTable: [{ modname: 'auxhost${i}', name: 'port' }],
  probe(dev) {
    const port: Port${i} = { id: dev.id, label: describe${h}(dev.asRef()), events: ['probe'] };`);
  if (plant === 'stored-module-let') w.plant(`    lastBound${i} = dev.asRef();`, plant);
  w.add(`    return port;
  },
  unbind(dev, data) {
    if (data.events.length > ${(i % 5) + 2}) describe${h}(dev.asRef());`);
  if (plant === 'unbind-mutation') w.plant(`    data.events.push('unbind');`, plant);
  w.add(`  },
};

export function hostId${i}(host: AuxHost${i}): number {
  return host.bar.tryAccessWith((regs) => readId${h}(regs)) ?? -1;
}`);
}
