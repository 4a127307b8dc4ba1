// Code that does not import the model: zero findings, whatever it does.
interface Device {
  name: string;
  unsafeAsBound(): Device;
}

let stored: Device | undefined;

export function keep(dev: Device): void {
  // SAFETY: nothing here is the model's.
  stored = dev.unsafeAsBound();
  setTimeout(() => console.log(stored?.name), 10);
}
