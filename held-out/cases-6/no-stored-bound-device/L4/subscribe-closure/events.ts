// Helper module: a tiny observer list for thermal trip events.
export type TripListener = (celsius: number) => void;

const listeners: TripListener[] = [];

export function subscribe(listener: TripListener): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

export function emitTrip(celsius: number): void {
  for (const l of listeners) l(celsius);
}
