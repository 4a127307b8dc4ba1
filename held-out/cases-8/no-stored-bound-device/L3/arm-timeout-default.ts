// A platform touch controller arms a reset timeout through a same-file helper with a default delay.
import type { platform } from '@bindsafe/kernel';

function armReset(io: platform.IoMem, delayMs = 200): void {
  setTimeout(() => io.write32(0, 0x30), delayMs);
}

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-touch-arm',
  idTable: [{ compatible: 'acme,touch' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    io.write32(1, 0x30);
    armReset(io); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
