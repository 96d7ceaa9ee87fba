import type { ConnectionStatus } from '../database/entities/connection.entity.js';
import type { ConnectionError } from './connection-error.js';

/** A connection as the API shows it: never its credentials. */
export interface ConnectionView {
  id: string;
  platform: string;
  status: ConnectionStatus;
  displayName: string;
  /** The platform's id of the account that authorised it (e.g. the Exact user id). */
  externalAccountId: string | null;
  /** The platform host it talks to (Exact Online's region), when the platform has several. */
  baseUrl: string | null;
  lastError: ConnectionError | null;
  administrationsCount: number;
  createdAt: string;
  updatedAt: string;
}
