import { createHmac } from 'node:crypto';
import { verifyExactWebhook } from './verify-webhook.js';
import { webhookChange } from './webhook-content.js';

const SECRET = 'webhook-secret-from-the-app-center';
const ACCOUNT_KEY = '2a64d87a-5e60-442a-84f0-2dff86e9d706';

/**
 * Content as Exact might lay it out: not the key order or spacing JSON.stringify would produce,
 * which is exactly why the hash must be taken over the text as received (§5.4).
 */
const CONTENT =
  `{"Topic":"Accounts","ClientId":"B81CC4DE-D192-400E-BCB4-09254394C52A","Division":123456,"Action":"Update",` +
  `"Key":"${ACCOUNT_KEY}","ExactOnlineEndpoint":"https://start.exactonline.nl/api/v1/123456/crm/Accounts(guid'${ACCOUNT_KEY}')","EventCreatedOn":"2026-04-14T10:26:08.587" }`;

function hashOf(text: string, secret = SECRET): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex').toUpperCase();
}

function body(content: string, hash: string): string {
  return `{"Content":${content},"HashCode":"${hash}"}`;
}

describe('verifyExactWebhook', () => {
  it('accepts a body whose HashCode is the HMAC of the Content text as sent, and parses it', () => {
    const result = verifyExactWebhook(body(CONTENT, hashOf(CONTENT)), SECRET);

    expect(result).toEqual({
      valid: true,
      content: {
        topic: 'Accounts',
        clientId: 'b81cc4de-d192-400e-bcb4-09254394c52a',
        division: 123456,
        action: 'Update',
        key: ACCOUNT_KEY,
        exactOnlineEndpoint: `https://start.exactonline.nl/api/v1/123456/crm/Accounts(guid'${ACCOUNT_KEY}')`,
        eventCreatedOn: '2026-04-14T10:26:08.587',
      },
    });
  });

  it('accepts the raw bytes as a Buffer, with a trailing newline', () => {
    expect(verifyExactWebhook(Buffer.from(`${body(CONTENT, hashOf(CONTENT))}\n`), SECRET).valid).toBe(true);
  });

  it('rejects a HashCode made with another secret', () => {
    expect(verifyExactWebhook(body(CONTENT, hashOf(CONTENT, 'the-oauth-client-secret')), SECRET)).toEqual({ valid: false, reason: 'HashCode does not match the content' });
  });

  it('rejects a tampered Content', () => {
    const tampered = CONTENT.replace('"Update"', '"Delete"');
    expect(verifyExactWebhook(body(tampered, hashOf(CONTENT)), SECRET).valid).toBe(false);
  });

  it('rejects a body whose hash was taken over re-serialised JSON: only the text as received counts', () => {
    const reserialised = JSON.stringify(JSON.parse(CONTENT));
    expect(reserialised).not.toBe(CONTENT);

    expect(verifyExactWebhook(body(CONTENT, hashOf(reserialised)), SECRET).valid).toBe(false);
  });

  it('rejects short, missing and non-hex hash codes without throwing', () => {
    expect(verifyExactWebhook(body(CONTENT, hashOf(CONTENT).slice(0, 63)), SECRET).valid).toBe(false);
    expect(verifyExactWebhook(`{"Content":${CONTENT}}`, SECRET).valid).toBe(false);
    expect(verifyExactWebhook(body(CONTENT, 'Z'.repeat(64)), SECRET).valid).toBe(false);
    expect(verifyExactWebhook('', SECRET).valid).toBe(false);
  });

  it('rejects a validly signed Content that is not a notification', () => {
    const content = '{"Topic":"Accounts","Action":"Rename"}';
    expect(verifyExactWebhook(body(content, hashOf(content)), SECRET)).toEqual({ valid: false, reason: 'Content.ClientId is not a GUID' });
  });
});

describe('webhookChange', () => {
  const content = { clientId: 'b81cc4de-d192-400e-bcb4-09254394c52a', division: 123456, key: ACCOUNT_KEY, exactOnlineEndpoint: null, eventCreatedOn: null };

  it('names the debtor for Accounts, removed on Delete', () => {
    expect(webhookChange({ ...content, topic: 'Accounts', action: 'Update' })).toEqual({ kind: 'record', resource: 'debtors', externalId: ACCOUNT_KEY, deleted: false });
    expect(webhookChange({ ...content, topic: 'Accounts', action: 'Delete' })).toMatchObject({ deleted: true });
  });

  it('asks for an invoices pull on FinancialTransactions, with the deleted entry on Delete', () => {
    expect(webhookChange({ ...content, topic: 'FinancialTransactions', action: 'Create' })).toEqual({ kind: 'pull', resource: 'invoices', removedExternalId: null });
    expect(webhookChange({ ...content, topic: 'FinancialTransactions', action: 'Delete' })).toEqual({ kind: 'pull', resource: 'invoices', removedExternalId: ACCOUNT_KEY });
  });

  it('ignores topics the hub does not mirror', () => {
    expect(webhookChange({ ...content, topic: 'Items', action: 'Update' })).toEqual({ kind: 'ignore', topic: 'Items' });
  });
});
