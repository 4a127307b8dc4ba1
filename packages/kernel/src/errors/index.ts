export { KernelError, type Errno } from './kernel-error.js';
export {
  ModelViolation,
  UseAfterMove,
  GuardReleased,
  GuardLeaked,
  NotBound,
  ContextExpired,
  RegistrationLeaked,
  type RuleId,
} from './violations.js';
