import { auxiliary, devres, type device } from '@bindsafe/kernel';

/** Makes the children and ties their drop to unbind through a stack given to devres. */
export function bindChildren(dev: device.Device<device.Bound>, names: readonly string[]): number {
  const stack = new DisposableStack();
  let made = 0;
  do {
    const child = auxiliary.Registration.new(dev, names[made] ?? 'extra', made, 'held9_cxl');
    stack.adopt(child, (c) => void c.drop());
    made++;
  } while (made < names.length);
  devres.register(dev, stack);
  return made;
}
