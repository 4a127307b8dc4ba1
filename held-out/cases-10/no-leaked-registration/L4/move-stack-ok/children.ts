// Helper module for move-stack-ok.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
export function stackChildren(parent: pci.Device<device.Bound>, names: readonly string[]): DisposableStack {
  using stack = new DisposableStack();
  names.forEach((n, i) => {
    stack.adopt(auxiliary.Registration.new(parent.asRef(), n, i, 'held10'), (r) => void r.drop());
  });
  return stack.move();
}
