import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOWED_ROLES, type AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators.js';
import { ApiKeyService } from './api-key.service.js';
import type { ApiKeyRole } from './roles.js';

/**
 * Global guard: every route needs `Authorization: Bearer <api key>` unless marked @Public().
 * A route without @Roles() is admin-only, so forgetting the decorator fails closed.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ApiKeyService) private readonly apiKeys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = bearerToken(request.headers.authorization);
    if (key === null) throw new UnauthorizedException('Send an API key as "Authorization: Bearer <key>"');
    const principal = await this.apiKeys.authenticate(key);
    if (principal === null) throw new UnauthorizedException('Unknown or revoked API key');

    const allowed = this.reflector.getAllAndOverride<ApiKeyRole[] | undefined>(ALLOWED_ROLES, targets) ?? ['admin'];
    if (principal.role !== 'admin' && !allowed.includes(principal.role)) {
      throw new ForbiddenException(`The ${principal.role} role may not do this`);
    }
    request.principal = principal;
    return true;
  }
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
