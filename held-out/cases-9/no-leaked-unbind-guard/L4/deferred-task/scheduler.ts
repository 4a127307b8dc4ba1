// A tiny deferred-work scheduler: tasks run on a later tick.
export type Task = () => void;

export function defer(task: Task, delayMs = 0): void {
  setTimeout(task, delayMs);
}
