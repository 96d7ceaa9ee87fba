// The three platform stand-ins. Kept apart from sandbox.ts (which loads this lazily) so the core
// can be tested with fakes.
import type { PlatformSandboxFactory } from './core/contracts.js';
import { createEBoekhoudenSandbox } from './e-boekhouden/index.js';
import { createExactOnlineSandbox } from './exact-online/index.js';
import { createSnelStartSandbox } from './snelstart/index.js';

export const PLATFORM_FACTORIES: readonly PlatformSandboxFactory[] = [createExactOnlineSandbox, createSnelStartSandbox, createEBoekhoudenSandbox];
