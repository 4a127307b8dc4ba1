// A PCI audio card pulls its @unsafe helper out of a table; the SAFETY comment sits on the destructuring, not on the call. [class 6]
import type { device, pci } from '@bindsafe/kernel';

const audioTable = {
  /** @unsafe The caller must guarantee that `dev` is bound while the call runs. */
  bound: (dev: device.Device): string => {
    // SAFETY: the caller of this @unsafe entry guarantees the binding.
    return dev.unsafeAsBound().name;
  },
  streams: 8,
};

export const closeStreams = (pdev: pci.Device, open?: number): string => {
  // SAFETY: called from the driver data's destructor, the device is still bound. // expect: bindsafe/require-safety-comment
  const { bound: who, streams = 0 } = audioTable;
  const name = who(pdev.asRef()); // expect: bindsafe/require-safety-comment
  return `${name}: closed ${open ?? streams} streams`;
};
