// activities/CommunicationNotes: GET (look before writing) and POST (§6 "CRM note on the debtor").
import { ExactErrors } from '../../wire/errors.js';
import { communicationNoteEntity } from '../../wire/entities/communication-note.js';
import { collectionEndpoint } from '../collection-endpoint.js';
import type { EndpointHandlers } from '../endpoint.js';
import { JsonBody } from '../json-body.js';
import { logWriteBack, requireExistingAccount, respondCreated } from '../write-support.js';
import { byKey } from './read-endpoints.js';

export function communicationNotesEndpoint(): EndpointHandlers {
  return {
    ...collectionEndpoint({
      kind: 'standard',
      entity: communicationNoteEntity,
      source: (store) => byKey(store.notes, (r) => r.id),
      find: (store, id) => store.notes.get(id),
    }),
    create(ctx) {
      const body = JsonBody.of(ctx.req);
      const subject = body.string('Subject', true) as string;
      const accountId = body.guid('Account');
      requireExistingAccount(ctx, accountId);
      const { store } = ctx;
      const note = {
        ...store.versionForNew(ctx.caller.userId, ctx.runtime.context.clock.nowMs()),
        id: body.guid('ID') ?? store.newGuid(),
        hid: store.nextNoteHid(),
        accountId,
        contactId: body.guid('Contact'),
        documentId: body.guid('Document'),
        subject,
        notes: body.string('Notes'),
        dateMs: body.dateMs('Date'),
        userId: body.guid('User'),
      };
      if (store.notes.get(note.id) !== undefined) throw ExactErrors.badRequest(`A record with ID '${note.id}' already exists.`);
      store.notes.insert(note);
      logWriteBack(ctx, 'communication-note');
      respondCreated(ctx, communicationNoteEntity, note, body);
    },
  };
}
