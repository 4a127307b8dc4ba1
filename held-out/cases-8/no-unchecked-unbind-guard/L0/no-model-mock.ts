// [class 2] A test double with its own unbindGuard() method, no model import: zero findings.
interface FakeGuard {
  readonly id: number;
  release(): void;
}

export class FakeDrm {
  #open = 0;

  unbindGuard(): FakeGuard | undefined {
    const id = ++this.#open;
    return { id, release: () => void (this.#open -= 1) };
  }
}

export function exercise(fake: FakeDrm): number {
  fake.unbindGuard();
  const guard = fake.unbindGuard()!;
  const id = guard.id;
  guard.release();
  return id;
}
