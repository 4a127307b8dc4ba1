// A generic registry of named records; it knows nothing about the kernel model.
export interface UnregisteredDevice {
  name: string;
  data: { frames: number };
}

export class Registration {
  static new(udev: UnregisteredDevice): Registration {
    return new Registration(udev.name);
  }
  private constructor(readonly name: string) {}
  async drop(): Promise<void> {}
  openFile(): string {
    return this.name;
  }
}
