import browser from 'webextension-polyfill';
import type { Answer, MessageError, MessageName, ReplyOf, RequestInputOf } from './messages.js';

/** The background refused or failed a message; `error.message` is for the seller. */
export class MessageFailure extends Error {
  constructor(readonly error: MessageError) {
    super(error.message.en);
    this.name = 'MessageFailure';
  }
}

/** Sends a declared message to the background and returns its reply, or throws {@link MessageFailure}. */
export async function sendMessage<N extends MessageName>(
  type: N,
  payload: RequestInputOf<N>,
): Promise<ReplyOf<N>> {
  const answer = (await browser.runtime.sendMessage({ type, payload })) as
    Answer<ReplyOf<N>> | undefined;
  if (!answer) {
    throw new MessageFailure({
      code: 'failed',
      message: {
        id: 'Etalase tidak menjawab. Muat ulang halaman ini lalu coba lagi.',
        en: 'Etalase did not answer. Reload this page and try again.',
      },
    });
  }
  if (!answer.ok) throw new MessageFailure(answer.error);
  return answer.value;
}
