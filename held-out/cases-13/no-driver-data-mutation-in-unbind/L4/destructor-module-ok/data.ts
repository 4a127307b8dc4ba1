import type { devres, pci } from '@bindsafe/kernel';
import { disposeAll } from './teardown.js';

/** The driver data: its destructor frees the vectors and clears the bookkeeping, after unbind. */
export class MsixData implements Disposable {
  readonly perVector = new Map<number, number[]>();
  constructor(readonly bar: devres.Devres<pci.Bar>, readonly vectors: pci.IrqRegistration[]) {}

  [Symbol.dispose](): void {
    disposeAll(this.vectors);
    this.perVector.clear();
  }
}
