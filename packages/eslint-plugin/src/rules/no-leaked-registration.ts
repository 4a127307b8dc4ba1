import { engineRule } from '../create-rule.js';

/** `bindsafe/no-leaked-registration`: see docs/rules/no-leaked-registration.md. */
export default engineRule('no-leaked-registration');
