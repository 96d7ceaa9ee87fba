// The e-Boekhouden.nl REST API stand-in (plays https://api.e-boekhouden.nl under /e-boekhouden).
import type { PlatformSandboxFactory } from '../core/contracts.js';
import { createEBoekhoudenSandboxWith } from './e-boekhouden-sandbox.js';

export const createEBoekhoudenSandbox: PlatformSandboxFactory = (context) => createEBoekhoudenSandboxWith(context);

export { createEBoekhoudenSandboxWith, DEMO_SOURCE, type EBoekhoudenSandbox } from './e-boekhouden-sandbox.js';
export { DEFAULT_EBOEKHOUDEN_OPTIONS, type EBoekhoudenSandboxOptions } from './options.js';
export { ERROR_CODES, type EBoekhoudenErrorBody, type EBoekhoudenErrorCode } from './errors.js';
