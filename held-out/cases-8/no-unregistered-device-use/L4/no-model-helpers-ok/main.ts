// A test-double module that never imports the model: registering twice and using after drop are just strings here.
import { Registration, type UnregisteredDevice } from './lib/index.js';

export async function simulate(): Promise<string> {
  const udev: UnregisteredDevice = { name: 'fake', data: { frames: 0 } };
  const a = Registration.new(udev);
  const b = Registration.new(udev);
  udev.data.frames = 3;
  await a.drop();
  return `${a.openFile()} ${b.name} ${udev.name}`;
}
