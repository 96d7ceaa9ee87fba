import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { CurrentPrincipal, Roles } from './auth.decorators.js';
import { ApiKeyService, type ApiKeyView } from './api-key.service.js';
import { API_KEY_ROLES, type ApiKeyRole, type Principal } from './roles.js';

export class CreateApiKeyDto {
  @IsString()
  @Length(1, 100)
  name!: string;

  @IsIn(API_KEY_ROLES)
  role!: ApiKeyRole;
}

/** Key management is admin-only: a key can never mint a key with more rights than admin grants. */
@ApiTags('api-keys')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(@Inject(ApiKeyService) private readonly apiKeys: ApiKeyService) {}

  @Get()
  async list(@CurrentPrincipal() principal: Principal): Promise<{ items: ApiKeyView[]; nextCursor: null }> {
    return { items: await this.apiKeys.list(principal.tenantId), nextCursor: null };
  }

  /** The plain key is in this response only. */
  @Post()
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateApiKeyDto): Promise<ApiKeyView & { apiKey: string }> {
    const { apiKey, view } = await this.apiKeys.create(principal.tenantId, body.name, body.role);
    return { ...view, apiKey };
  }

  @Delete(':id')
  @HttpCode(200)
  async revoke(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<ApiKeyView> {
    return this.apiKeys.revoke(principal.tenantId, id);
  }
}
