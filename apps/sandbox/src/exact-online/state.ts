// The stand-in's data: one DivisionStore per seeded administration, the users who may open
// them, and the apps' webhook subscriptions. `seed()` replaces the bookkeeping; app-level
// registrations (OAuth grants, webhook subscriptions) stay, as they would on the real platform.
import { createHash } from 'node:crypto';
import type { GeneratedAdministration } from '../core/contracts.js';
import type { ExactOnlineSandboxOptions, ExactOnlineUser } from './options.js';
import { BOOKKEEPER, userIdFor, type SandboxUserIdentity } from './store/actors.js';
import type { DivisionStore } from './store/division-store.js';
import type { WebhookSubscriptionRecord } from './store/records.js';
import { seedDivision } from './store/seed-division.js';

export interface KnownUser extends SandboxUserIdentity {
  administrations: ExactOnlineUser['administrations'];
}

export class ExactOnlineState {
  private divisions = new Map<number, DivisionStore>();
  private readonly codeByAdministration = new Map<string, number>();
  private readonly knownUsers = new Map<string, KnownUser>();
  readonly subscriptions = new Map<string, WebhookSubscriptionRecord>();

  constructor(private readonly options: ExactOnlineSandboxOptions) {
    this.setUsers(options.users);
  }

  get users(): ReadonlyMap<string, KnownUser> {
    return this.knownUsers;
  }

  /** Replaces who can log in (options changed at runtime); grants already given stay valid. */
  setUsers(users: readonly ExactOnlineUser[]): void {
    this.knownUsers.clear();
    for (const user of users) this.knownUsers.set(userIdFor(user.userName), { ...user, id: userIdFor(user.userName) });
  }

  seed(administrations: readonly GeneratedAdministration[]): void {
    const next = new Map<number, DivisionStore>();
    this.codeByAdministration.clear();
    administrations.forEach((administration, index) => {
      const code = uniqueDivisionCode(administration.key, next);
      next.set(code, seedDivision(administration, code, index + 1, this.options));
      this.codeByAdministration.set(administration.key, code);
    });
    this.divisions = next;
    for (const [id, subscription] of this.subscriptions) if (!next.has(subscription.division)) this.subscriptions.delete(id);
  }

  division(code: number): DivisionStore | undefined {
    return this.divisions.get(code);
  }

  allDivisions(): DivisionStore[] {
    return [...this.divisions.values()];
  }

  divisionOfAdministration(administrationKey: string): DivisionStore {
    const code = this.codeByAdministration.get(administrationKey);
    const store = code === undefined ? undefined : this.divisions.get(code);
    if (store === undefined) throw new Error(`Unknown administration '${administrationKey}' in the Exact Online sandbox`);
    return store;
  }

  /** Divisions a user may open, in seed order. */
  divisionsOfUser(userId: string): DivisionStore[] {
    const user = this.users.get(userId);
    if (user === undefined) return [];
    const allowed = user.administrations;
    return this.allDivisions().filter((store) => allowed === 'all' || allowed.includes(store.info.administrationKey));
  }

  userByName(userName: string): KnownUser | undefined {
    return this.users.get(userIdFor(userName));
  }

  fullNameOf(userId: string): string | null {
    if (userId === BOOKKEEPER.id) return BOOKKEEPER.fullName;
    return this.users.get(userId)?.fullName ?? null;
  }
}

/** A stable 6–7 digit division code per administration key (Exact divisions are such numbers). */
function uniqueDivisionCode(administrationKey: string, taken: ReadonlyMap<number, unknown>): number {
  const hash = createHash('sha256').update(`exact-online-division|${administrationKey}`).digest().readUInt32BE(0);
  let code = 100_000 + (hash % 2_900_000);
  while (taken.has(code)) code++;
  return code;
}
