// The account options' refusal on the command line: the schema's sentence, said in words.
import { describe, expect, it, vi } from 'vitest';
import { signIn } from '../../../electron/cli/account-options';
import { CliExit, type CliIo } from '../../../electron/cli/cli-io';
import type { Core } from '../../../electron/core/api';
import { m } from '../../../shared/i18n/catalogue';
import { formatMessage } from '../../../shared/i18n/format';

const io = (locale?: CliIo['locale']): CliIo => ({
  out: () => undefined,
  err: () => undefined,
  env: {},
  promptHidden: async () => null,
  ...(locale === undefined ? {} : { locale }),
});

async function refusal(given: CliIo): Promise<CliExit> {
  const connect = vi.fn();
  const core = { handlers: { 'account.connect': connect } } as unknown as Core;
  const error = await signIn(
    core,
    { method: 'token', accessToken: 'too-short', remember: false },
    {},
    given,
    'USAGE',
  ).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  // Refused before the core is asked anything.
  expect(connect).not.toHaveBeenCalled();
  expect(error).toBeInstanceOf(CliExit);
  return error as CliExit;
}

describe('signIn', () => {
  it("names the field and says the schema's sentence in words, never its encoded form", async () => {
    const error = await refusal(io());
    expect(error.code).toBe(2);
    expect(error.message).toBe(
      'Account options: accessToken: Paste the whole access token (40 characters or more).\nUSAGE',
    );
    expect(error.message).not.toMatch(/i18n:|\{"id"/);
    // The token itself is never quoted back.
    expect(error.message).not.toContain('too-short');
  });

  it('says it in the language of --lang', async () => {
    const error = await refusal(io('de'));
    expect(error.message).toBe(
      `Account options: accessToken: ${formatMessage('de', m('validate.account.access-token.short'))}\nUSAGE`,
    );
  });
});
