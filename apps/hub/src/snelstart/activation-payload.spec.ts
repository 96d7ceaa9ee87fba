import { parseActivationPayload } from './activation-payload.js';

describe('parseActivationPayload', () => {
  it('reads the documented body (§1.4), trimming values', () => {
    expect(parseActivationPayload({ KoppelSleutel: ' a2V5 ', ActionType: 'Regenerate', ReferenceKey: 'ref' })).toEqual({
      ok: true,
      payload: { koppelsleutel: 'a2V5', action: 'Regenerate', referenceKey: 'ref' },
    });
  });

  it('tolerates other casings and extra fields', () => {
    expect(parseActivationPayload({ koppelSleutel: 'a2V5', actionType: 'delete', referenceKey: 'ref', Timestamp: 1 })).toEqual({
      ok: true,
      payload: { koppelsleutel: 'a2V5', action: 'Delete', referenceKey: 'ref' },
    });
  });

  it('names every missing or bad field', () => {
    const parsed = parseActivationPayload({ KoppelSleutel: 3, ActionType: 'Rename', ReferenceKey: 'x'.repeat(501) });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.field)).toEqual(['KoppelSleutel', 'ReferenceKey', 'ActionType']);
  });

  it.each([null, [], 'text', 42])('refuses a body that is not an object (%p)', (body) => {
    expect(parseActivationPayload(body).ok).toBe(false);
  });
});
