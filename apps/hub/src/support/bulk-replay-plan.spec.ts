import { planBulkReplay, type ReplayCandidate, storedResources } from './bulk-replay-plan.js';

function run(id: string, administrationId: string, mode: ReplayCandidate['mode'], resources: string[] | null = null): ReplayCandidate {
  return { id, administrationId, mode, resources };
}

describe('planBulkReplay', () => {
  it('plans one replay per administration and mode, of the newest run', () => {
    const plans = planBulkReplay([run('r3', 'a', 'incremental'), run('r2', 'a', 'incremental'), run('r1', 'a', 'full'), run('r0', 'b', 'incremental')], new Set());
    expect(plans).toEqual([
      { replayOf: 'r3', administrationId: 'a', mode: 'incremental', resources: undefined },
      { replayOf: 'r1', administrationId: 'a', mode: 'full', resources: undefined },
      { replayOf: 'r0', administrationId: 'b', mode: 'incremental', resources: undefined },
    ]);
  });

  it('covers the resources of every run it stands for, in sync order; a run with default resources means all', () => {
    const partial = planBulkReplay([run('r2', 'a', 'incremental', ['payments', 'invoices']), run('r1', 'a', 'incremental', ['debtors'])], new Set());
    expect(partial).toEqual([{ replayOf: 'r2', administrationId: 'a', mode: 'incremental', resources: ['debtors', 'invoices', 'payments'] }]);
    const all = planBulkReplay([run('r2', 'a', 'incremental', ['invoices']), run('r1', 'a', 'incremental', null), run('r0', 'a', 'incremental', ['debtors'])], new Set());
    expect(all[0].resources).toBeUndefined();
  });

  it('skips administrations that already have a replay queued or running', () => {
    expect(planBulkReplay([run('r2', 'busy', 'incremental'), run('r1', 'idle', 'incremental')], new Set(['busy'])).map((plan) => plan.replayOf)).toEqual(['r1']);
  });

  it('plans nothing for nothing', () => {
    expect(planBulkReplay([], new Set())).toEqual([]);
  });
});

describe('storedResources', () => {
  it('keeps the stored order, drops names that are no resource, and null means the default', () => {
    expect(storedResources(['invoices', 'debtors', 'ledgers'])).toEqual(['invoices', 'debtors']);
    expect(storedResources(null)).toBeUndefined();
  });
});
