import type { auxiliary } from '@bindsafe/kernel';

/** Driver data: drops the bridge first, then logs, when the binding ends. */
export class NtbData implements AsyncDisposable {
  constructor(readonly bridge: auxiliary.Registration, readonly windows: number) {}

  async [Symbol.asyncDispose](): Promise<void> {
    await this.bridge.drop();
  }
}
