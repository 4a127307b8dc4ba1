// A fluent builder made in probe gathers the bound device and the Bar into the driver data it returns.
import type { device, devres, pci } from '@bindsafe/kernel';

class Engine {
  constructor(
    readonly dev: device.Device<device.Bound>,
    readonly regs: devres.Devres<pci.Bar>,
    readonly bar: pci.Bar,
  ) {}
}

class EngineBuilder {
  #dev?: device.Device<device.Bound>;
  #regs?: devres.Devres<pci.Bar>;
  device(dev: device.Device<device.Bound>): this {
    this.#dev = dev;
    return this;
  }
  regs(regs: devres.Devres<pci.Bar>): this {
    this.#regs = regs;
    return this;
  }
  build(): Engine {
    if (!this.#dev || !this.#regs) throw new Error('incomplete engine');
    return new Engine(this.#dev, this.#regs, this.#regs.access(this.#dev));
  }
}

export const engineDriver: pci.Driver<Engine> = {
  name: 'held-engine',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return new EngineBuilder().device(pdev.asRef()).regs(pdev.iomapRegion(0, 'held-engine')).build();
  },
};
