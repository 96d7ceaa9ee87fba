export { createControlRouter, CONTROL_PREFIX } from './control-router.js';
export { toControlError } from './control-error.js';
