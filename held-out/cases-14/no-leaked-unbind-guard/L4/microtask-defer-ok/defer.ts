/** Runs `callback(value)` after the current task, batching notifications. */
export default function defer<T>(value: T, callback: (value: T) => void): void {
  queueMicrotask(() => callback(value));
}
