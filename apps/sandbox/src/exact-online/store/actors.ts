// Users the stand-in knows: the bookkeeper behind every control-API change, and the demo users
// who log in on the consent page. Records name them by GUID (Creator, Modifier, DeletedBy).
import { guidFrom } from '../ids.js';

export interface SandboxUserIdentity {
  id: string;
  userName: string;
  fullName: string;
}

/** Who "works in Exact" when the control API books a payment or edits an invoice. */
export const BOOKKEEPER: SandboxUserIdentity = {
  id: guidFrom('exact-online', 'user', 'bookkeeper'),
  userName: 'boekhouder@sandbox.exact.test',
  fullName: 'Sandbox Boekhouder',
};

export function userIdFor(userName: string): string {
  return guidFrom('exact-online', 'user', userName.toLowerCase());
}
