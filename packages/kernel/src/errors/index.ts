export { KernelError, type Errno } from './kernel-error.js';
export {
  ModelViolation,
  UseAfterMove,
  GuardReleased,
  GuardLeaked,
  NotBound,
  ContextExpired,
  RegistrationLeaked,
  DisposeTimedOut,
  type RuleId,
} from './violations.js';
