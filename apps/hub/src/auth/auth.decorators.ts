import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { ApiKeyRole, Principal } from './roles.js';

export const PUBLIC_ROUTE = 'hub:public-route';
export const ALLOWED_ROLES = 'hub:allowed-roles';

/** No API key needed: health, metrics and inbound webhooks (which verify their own signatures). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** The roles that may call a route; a route without it is admin-only. */
export const Roles = (...roles: ApiKeyRole[]): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_ROLES, roles);

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** The authenticated caller; the guard has already rejected requests without one. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new Error('CurrentPrincipal used on a public route');
  return request.principal;
});
