// The SAFETY comment sits directly above an arrow callback passed on its own line to `some()`, and covers the unsafe call in its body.
import type { auxiliary, devres, platform } from '@bindsafe/kernel';

export interface PortEntry {
  readonly handle: auxiliary.Device;
  readonly mem: devres.Devres<platform.IoMem>;
  readonly bit: number;
}

export class SwitchData implements Disposable {
  constructor(readonly ports: readonly PortEntry[]) {}

  anyLinkUp(): boolean {
    return this.ports.some(
      // SAFETY: ports are removed from this list in the child's unbind, so every listed child is bound.
      (port) => (port.mem.access(port.handle.parent().unsafeAsBound()).read32(0x00) & (1 << port.bit)) !== 0,
    );
  }

  [Symbol.dispose](): void {
    // Nothing to release: the ports' resources are device-managed.
  }
}

export const switchDriver: platform.Driver<SwitchData> = {
  name: 'held-dsa-switch',
  idTable: [{ compatible: 'marvell,mv88e6085' }],
  probe(pdev) {
    pdev.iomapResource(0).access(pdev.asRef()).write32(0x1, 0x04);
    return new SwitchData([]);
  },
};
