// The platform layer's barrel, with the names the GSP modules use.
export { Mailbox as GspMailbox } from './mailbox.js';
