// A user-space plugin loader with its own "unregistered device" and "registration" types; it does not use the kernel model at all. [class 2]
export class UnregisteredDevice {
  moved = false;
  constructor(readonly name: string) {}
}

export class Registration {
  private constructor(readonly device: UnregisteredDevice) {}
  static new(device: UnregisteredDevice): Registration {
    device.moved = true;
    return new Registration(device);
  }
  async drop(): Promise<void> {}
}

export async function loadPlugin(name: string): Promise<string> {
  const udev = new UnregisteredDevice(name);
  const reg = Registration.new(udev);
  const again = Registration.new(udev);
  await reg.drop();
  return `${udev.name} ${again.device.name}`;
}
