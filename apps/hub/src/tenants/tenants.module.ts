import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { TenantService } from './tenant.service.js';

@Module({ imports: [AuthModule], providers: [TenantService], exports: [TenantService] })
export class TenantsModule {}
