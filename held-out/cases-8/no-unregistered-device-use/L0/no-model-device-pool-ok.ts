// A device pool that does not import the model: "registering" an unregistered record twice is its own business.
export interface UnregisteredDevice {
  name: string;
  moved: boolean;
}

export class Registration {
  static new(udev: UnregisteredDevice): Registration {
    udev.moved = true;
    return new Registration(udev.name);
  }
  private constructor(readonly name: string) {}
}

export function registerTwice(udev: UnregisteredDevice): [Registration, Registration] {
  const a = Registration.new(udev);
  const b = Registration.new(udev);
  udev.name = `${udev.name}-again`;
  return [a, b];
}
