// Helper module for managed-ok.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
export function spawnManaged(parent: pci.Device<device.Bound>, name: string): string {
  const reg = auxiliary.Registration.new(parent.asRef(), name, 0, 'held10');
  const stack = new DisposableStack();
  stack.defer(() => void reg.drop());
  devres.register(parent.asRef(), stack);
  return reg.name;
}
