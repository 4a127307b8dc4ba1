// A user's own classes named like the model's: recognised by type, so nothing to report.
export class UnregisteredDevice {
  constructor(public name: string) {}
  static new(name: string): UnregisteredDevice {
    return new UnregisteredDevice(name);
  }
}

export class Registration {
  private constructor(readonly name: string) {}
  static new(udev: UnregisteredDevice): Registration {
    return new Registration(udev.name);
  }
}

export function demo(): string {
  const udev = UnregisteredDevice.new('fake');
  const reg = Registration.new(udev);
  udev.name = 'renamed';
  return `${reg.name} ${udev.name}`;
}
