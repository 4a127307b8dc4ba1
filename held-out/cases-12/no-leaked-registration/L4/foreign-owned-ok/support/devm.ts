// devm-style helpers: tie a registration's lifetime to the parent's binding (Rust's new_foreign_owned).
import { auxiliary, devres, type device } from '@bindsafe/kernel';

export function devmAuxChild(parent: device.Device<device.Bound>, name: string, id: number, modname: string): string {
  const stack = new DisposableStack();
  const child = stack.adopt(auxiliary.Registration.new(parent, name, id, modname), (reg) => void reg.drop());
  devres.register(parent, stack);
  return child.name;
}
