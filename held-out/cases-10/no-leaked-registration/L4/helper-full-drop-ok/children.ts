// Helper module for helper-full-drop-ok.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
export function probeChild(parent: pci.Device<device.Bound>, quick: boolean): boolean {
  using stack = new DisposableStack();
  const reg = stack.adopt(auxiliary.Registration.new(parent.asRef(), 'probe', 0, 'held10'), (r) => {
    void r.drop();
  });
  if (quick) return true;
  return reg.name === 'probe';
}
