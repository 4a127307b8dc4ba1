type Listener = () => void;
const listeners = new Map<string, Listener[]>();

export function on(event: string, listener: Listener): void {
  const list = listeners.get(event) ?? [];
  list.push(listener);
  listeners.set(event, list);
}

export function emit(event: string): void {
  for (const listener of listeners.get(event) ?? []) listener();
}

/** Logs the parent's link state, read once, on every "link" event. */
export function watchLink(name: string, busMaster: boolean): void {
  on('link', () => console.log(`${name}: master=${String(busMaster)}`));
}
