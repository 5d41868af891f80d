import { checkSender } from './check-sender.js';
import type { SenderContext, SenderFacts, TrustedSender } from './check-sender.js';
import { MESSAGES } from './messages.js';
import type { Answer, MessageError, MessageName, ReplyOf, RequestOf } from './messages.js';

/** One handler per message. */
export type Handlers = {
  readonly [N in MessageName]: (
    request: RequestOf<N>,
    sender: TrustedSender,
  ) => Promise<ReplyOf<N>>;
};

function reject(code: MessageError['code'], issues?: MessageError['issues']): Answer<never> {
  const message = {
    'unknown-message': {
      id: 'Pesan tidak dikenal ditolak oleh Etalase.',
      en: 'Etalase rejected an unknown message.',
    },
    'forbidden-sender': {
      id: 'Etalase menolak pesan dari halaman yang tidak diizinkan.',
      en: 'Etalase rejected a message from a page it does not trust.',
    },
    malformed: {
      id: 'Etalase menolak data yang tidak sesuai. Muat ulang halaman lalu coba lagi.',
      en: 'Etalase rejected data that does not fit. Reload the page and try again.',
    },
    failed: {
      id: 'Etalase gagal menjalankan permintaan ini. Coba lagi.',
      en: 'Etalase could not do this. Try again.',
    },
  }[code];
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

function isMessageName(name: unknown): name is MessageName {
  return typeof name === 'string' && Object.hasOwn(MESSAGES, name);
}

/**
 * Checks and answers one message: rejects an unknown name, a sender of the wrong kind and a
 * payload that fails its schema, before the handler sees anything. A handler's own
 * expected failure is thrown as a {@link HandlerFailure} and comes back as data.
 */
export async function routeMessage(
  raw: unknown,
  sender: SenderFacts,
  context: SenderContext,
  handlers: Handlers,
): Promise<Answer<unknown>> {
  if (typeof raw !== 'object' || raw === null) return reject('unknown-message');
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (!isMessageName(type)) return reject('unknown-message');
  const spec = MESSAGES[type];
  const trusted = await checkSender(spec.from, sender, context);
  if (!trusted) return reject('forbidden-sender');
  const parsed = spec.request.safeParse(payload);
  if (!parsed.success) {
    return reject(
      'malformed',
      parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    );
  }
  const handler = handlers[type] as (request: unknown, sender: TrustedSender) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(parsed.data, trusted) };
  } catch (error) {
    if (error instanceof HandlerFailure) {
      return { ok: false, error: { code: 'failed', message: error.localized } };
    }
    throw error;
  }
}

/** An expected failure inside a handler, with a message for the seller. */
export class HandlerFailure extends Error {
  constructor(readonly localized: { readonly id: string; readonly en: string }) {
    super(localized.en);
    this.name = 'HandlerFailure';
  }
}
