import { engineRule } from '../create-rule.js';

/** `bindsafe/no-unchecked-unbind-guard`: see docs/rules/no-unchecked-unbind-guard.md. */
export default engineRule('no-unchecked-unbind-guard');
