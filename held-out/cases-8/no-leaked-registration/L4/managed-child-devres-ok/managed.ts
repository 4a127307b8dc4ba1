// Helper module: makes a child whose drop is deferred on a stack handed to devres.
import { auxiliary, devres, type device } from '@bindsafe/kernel';

export function spawnManagedChild(parent: device.Device<device.Bound>, name: string, id = 0): string {
  const stack = new DisposableStack();
  const child = auxiliary.Registration.new(parent, name, id, 'held8_vpu');
  stack.defer(() => void child.drop());
  devres.register(parent, stack);
  return child.name;
}
