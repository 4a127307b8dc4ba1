// A same-file safe wrapper justifies its own unsafe call; its callers (a generator-driven loop included) need no comment.
import type { devres, platform } from '@bindsafe/kernel';

export interface GpioBank {
  readonly handle: platform.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

/** Reads the bank's input register; safe: it is called only while the bank's driver is bound. */
function readInputs(bank: GpioBank): number {
  // SAFETY: every caller below runs from the bank driver's own callbacks or its data's destructor,
  // all of which run while the device is bound.
  return bank.mem.access(bank.handle.asRef().unsafeAsBound()).read32(0x00);
}

function* changedPins(before: number, after: number): Generator<number> {
  for (let pin = 0; pin < 32; pin++) if (((before ^ after) >>> pin) & 1) yield pin;
}

export class GpioData implements Disposable {
  readonly initial: number;

  constructor(readonly bank: GpioBank) {
    this.initial = readInputs(bank);
  }

  [Symbol.dispose](): void {
    for (const pin of changedPins(this.initial, readInputs(this.bank))) {
      this.bank.handle.asRef().info(`pin ${pin} changed while bound`);
    }
  }
}

export const gpioDriver: platform.Driver<GpioData> = {
  name: 'held-gpio-bank',
  idTable: [{ compatible: 'brcm,bcm2711-gpio' }],
  probe(pdev) {
    return new GpioData({ handle: pdev.toNormal(), mem: pdev.iomapResource(0) });
  },
};
