// The koppelsleutel webhook body (§1.4 step 3, §5): `{ KoppelSleutel, ActionType: "Create" |
// "Regenerate" | "Delete", ReferenceKey }`. Only the documented casing was seen; the names are read
// case-insensitively and unknown fields ignored, since nothing about this call is signed or
// versioned and SnelStart does not retry a refusal.
export const ACTIVATION_ACTIONS = ['Create', 'Regenerate', 'Delete'] as const;
export type ActivationAction = (typeof ACTIVATION_ACTIONS)[number];

export interface ActivationPayload {
  koppelsleutel: string;
  action: ActivationAction;
  referenceKey: string;
}

/** §1.4: a ReferenceKey is at most 500 characters; a koppelsleutel is base64 (§1.2). */
const MAX_REFERENCE_KEY = 500;
const MAX_KEY = 2000;

export type ParsedActivation = { ok: true; payload: ActivationPayload } | { ok: false; problems: { field: string; messages: string[] }[] };

export function parseActivationPayload(body: unknown): ParsedActivation {
  const fields = new Map<string, unknown>();
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    for (const [name, value] of Object.entries(body)) fields.set(name.toLowerCase(), value);
  }
  const problems: { field: string; messages: string[] }[] = [];
  const text = (field: string, max: number): string => {
    const value = fields.get(field.toLowerCase());
    if (typeof value !== 'string' || value.trim() === '' || value.trim().length > max) {
      problems.push({ field, messages: [`${field} must be a non-empty string of at most ${max} characters`] });
      return '';
    }
    return value.trim();
  };
  const koppelsleutel = text('KoppelSleutel', MAX_KEY);
  const referenceKey = text('ReferenceKey', MAX_REFERENCE_KEY);
  const actionText = fields.get('actiontype');
  const action = ACTIVATION_ACTIONS.find((candidate) => typeof actionText === 'string' && candidate.toLowerCase() === actionText.trim().toLowerCase());
  if (action === undefined) problems.push({ field: 'ActionType', messages: [`ActionType must be one of ${ACTIVATION_ACTIONS.join(', ')}`] });
  if (problems.length > 0 || action === undefined) return { ok: false, problems };
  return { ok: true, payload: { koppelsleutel, action, referenceKey } };
}
