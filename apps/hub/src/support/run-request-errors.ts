import { NotFoundException } from '@nestjs/common';
import { TenantScopeError } from '../store/index.js';

/** Runs a run request; an administration that is not the tenant's (or no longer exists) is a 404. */
export async function orAdministrationNotFound<T>(administrationId: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof TenantScopeError) throw new NotFoundException(`Administration ${administrationId} not found`);
    throw error;
  }
}
