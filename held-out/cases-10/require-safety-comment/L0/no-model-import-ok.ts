// A module that does not import the model: its own unsafeAsBound and SAFETY comments are nothing to report.
interface Handle {
  unsafeAsBound(): Handle;
  info(msg: string): void;
}

export function ping(h: Handle): void {
  // SAFETY: nothing unsafe here, this module does not use the model.
  h.unsafeAsBound().info('ping');
  h.unsafeAsBound().info('pong');
}
