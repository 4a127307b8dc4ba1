import { engineRule } from '../create-rule.js';

/** `bindsafe/no-driver-data-mutation-in-unbind`: see docs/rules/no-driver-data-mutation-in-unbind.md. */
export default engineRule('no-driver-data-mutation-in-unbind');
