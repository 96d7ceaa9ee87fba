// The public surface: @hub/mapping exports the Exact Online mappers as the `exactOnline` namespace.
import { exactOnline } from '../index.js';
import { nangoResponse } from './testing/fixtures.js';

describe('@hub/mapping exactOnline', () => {
  it('takes a recorded crm/Accounts body from envelope to debtors, skipping the non-customer', () => {
    const page = exactOnline.parseEnvelope(nangoResponse('crm-accounts.select-list.nango-2026.json', 'get', '/api/v1/124132/crm/Accounts'));
    if (!page.ok) throw page.error;
    const context: exactOnline.SourceContext = { administrationId: 'adm-1' };
    const debtors = page.record.rows.filter(exactOnline.isCustomerAccount).map((row) => exactOnline.accountToDebtor(row, context));
    expect(debtors.map((result) => (result.ok ? result.record.code : result.error.message))).toEqual(['0000000', '0000003', '0000004', '0000005', '0000002']);
    expect(page.record.next).toBeNull();
  });
});
