// A user's own UnregisteredDevice / Registration look-alikes (no model import): reuse is fine here. [class 2]
class UnregisteredDevice {
  constructor(readonly name: string) {}
}

class Registration {
  static new(udev: UnregisteredDevice): Registration {
    return new Registration(udev.name);
  }
  private constructor(readonly name: string) {}
}

export function registerTwice(): string[] {
  const udev = new UnregisteredDevice('fake0');
  const a = Registration.new(udev);
  const b = Registration.new(udev);
  return [a.name, b.name, udev.name];
}
