// Engine driver data: an abstract base with protected fields for the bound device and Bar, and a concrete engine built by a static factory.
import type { device, devres, pci } from '@bindsafe/kernel';

export abstract class EngineData implements Disposable {
  protected constructor(
    protected readonly dev: device.Device<device.Bound>,
    protected readonly bar: pci.Bar,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  abstract start(): void;

  [Symbol.dispose](): void {
    this.bar.write32(0, 0x00);
    this.dev.info('engine stopped');
  }
}

export class VideoEngine extends EngineData {
  static create(dev: device.Device<device.Bound>, regs: devres.Devres<pci.Bar>): VideoEngine {
    return new VideoEngine(dev, regs.access(dev), regs);
  }

  start(): void {
    this.bar.write32(0x1, 0x00);
    this.dev.info(`engine up, fw ${this.bar.read32(0x04).toString(16)}`);
  }
}
