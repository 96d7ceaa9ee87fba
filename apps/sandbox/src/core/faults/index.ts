export { createFaultMiddleware, shouldMalform, type FaultMiddlewareOptions, type FaultRenderers } from './fault-middleware.js';
export { parseFaultPatch } from './fault-settings.js';
