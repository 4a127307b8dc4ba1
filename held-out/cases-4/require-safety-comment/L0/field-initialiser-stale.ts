// A stale SAFETY comment sits above a class field whose initialiser is safe (it once was unsafeAsBound), while the destructor's unsafe call has none. [class 1]
import type { devres, platform } from '@bindsafe/kernel';

export class PanelData implements Disposable {
  readonly #handle: platform.Device;
  readonly mem: devres.Devres<platform.IoMem>;

  // SAFETY: callers use this only while the panel is bound. // expect: bindsafe/require-safety-comment
  readonly handle = (): platform.Device => this.#handle.toNormal();

  constructor(handle: platform.Device, mem: devres.Devres<platform.IoMem>) {
    this.#handle = handle;
    this.mem = mem;
  }

  [Symbol.dispose](): void {
    const dev = this.#handle.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
    this.mem.access(dev).write32(0, 0x00);
  }
}

export const panelDriver: platform.Driver<PanelData> = {
  name: 'held-panel',
  idTable: [{ compatible: 'boe,tv101wum-nl6' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mem.access(pdev.asRef()).write32(1, 0x00);
    return new PanelData(pdev.toNormal(), mem);
  },
};
