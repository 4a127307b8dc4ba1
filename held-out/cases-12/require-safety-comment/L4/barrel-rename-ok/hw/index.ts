// The mailbox hardware barrel: re-exports under the driver's names.
export { rawKick as kick, channelName } from './raw.js';
