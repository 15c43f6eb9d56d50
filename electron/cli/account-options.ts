// The account and secret options every engine command shares (provision, station): secrets come
// only from environment variables or a hidden prompt, never from argv, and are read before the
// core starts so a missing one changes nothing.
import { issueMessage } from '../../shared/i18n';
import { accountInputSchema, type AccountInput } from '../../shared/provisioning';
import type { Core } from '../core/api';
import { envSecret, say, usageError, type CliIo } from './cli-io';

/** parseArgs options for the account, and the secret options refused with a pointer to -env. */
export const ACCOUNT_OPTIONS = {
  'token-env': { type: 'string' },
  username: { type: 'string' },
  'password-env': { type: 'string' },
  'otp-env': { type: 'string' },
  product: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret-env': { type: 'string' },
  customer: { type: 'string' },
  // Refused with a pointer to the env-var options: secrets never on the command line.
  password: { type: 'string' },
  token: { type: 'string' },
  'client-secret': { type: 'string' },
  'wifi-password': { type: 'string' },
} as const;

export interface AccountValues {
  'token-env'?: string | undefined;
  username?: string | undefined;
  'password-env'?: string | undefined;
  'otp-env'?: string | undefined;
  product?: string | undefined;
  'client-id'?: string | undefined;
  'client-secret-env'?: string | undefined;
  customer?: string | undefined;
  password?: string | undefined;
  token?: string | undefined;
  'client-secret'?: string | undefined;
  'wifi-password'?: string | undefined;
}

/** Exit 2 for a secret on the command line, or for two accounts at once. */
export function checkAccountOptions(values: AccountValues, usage: string): void {
  for (const forbidden of ['password', 'token', 'client-secret', 'wifi-password'] as const)
    if (values[forbidden] !== undefined)
      throw usageError(
        `--${forbidden} is not accepted: secrets on the command line end up in shell history. Use --${forbidden}-env VAR.`,
        usage,
      );
  const accounts = [
    values['token-env'] !== undefined ||
      (values.username === undefined && values.product === undefined),
    values.username !== undefined,
    values.product !== undefined,
  ];
  if (accounts.filter(Boolean).length > 1)
    throw usageError('Choose one account: --token-env, --username or --product.', usage);
}

export function fromEnv(io: CliIo, option: string, name: string | undefined): string | undefined {
  return name === undefined ? undefined : envSecret(io, name, `the value for ${option}`);
}

export async function secret(
  io: CliIo,
  option: string,
  name: string | undefined,
  question: string,
  usage: string,
): Promise<string> {
  const value = fromEnv(io, option, name);
  if (value !== undefined) return value;
  const typed = await io.promptHidden(question);
  if (typed === null || typed === '')
    throw usageError(`${option} is needed (no terminal to ask on).`, usage);
  return typed;
}

/** The account to sign in with, secrets read before anything else starts. */
export async function accountInput(
  values: AccountValues,
  io: CliIo,
  usage: string,
): Promise<AccountInput> {
  if (values.product !== undefined) {
    if (values['client-id'] === undefined || values.customer === undefined)
      throw usageError('Product mode needs --client-id and --customer.', usage);
    const clientSecret = await secret(
      io,
      '--client-secret-env',
      values['client-secret-env'],
      'OAuth client secret: ',
      usage,
    );
    return {
      method: 'product',
      product: values.product,
      clientId: values['client-id'],
      clientSecret,
      customerEmail: values.customer,
      remember: false,
    };
  }
  if (values.username !== undefined) {
    const password = await secret(
      io,
      '--password-env',
      values['password-env'],
      'Particle password: ',
      usage,
    );
    return { method: 'login', username: values.username, password, remember: false };
  }
  const accessToken = await secret(
    io,
    '--token-env',
    values['token-env'],
    'Particle access token: ',
    usage,
  );
  return { method: 'token', accessToken, remember: false };
}

export async function signIn(
  core: Core,
  input: AccountInput,
  values: AccountValues,
  io: CliIo,
  usage: string,
): Promise<void> {
  const parsed = accountInputSchema.safeParse(input);
  if (!parsed.success)
    throw usageError(
      // Each issue carries its catalogue sentence (issueText): said in words, not as its encoding.
      `Account options: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${say(io, issueMessage(issue.message))}`).join('; ')}`,
      usage,
    );
  const result = await core.handlers['account.connect'](parsed.data);
  if (result.status === 'mfa-required') {
    const otp = await secret(
      io,
      '--otp-env',
      values['otp-env'],
      'Two-step verification code: ',
      usage,
    );
    await core.handlers['account.completeMfa']({ otp: otp.trim() });
  }
}
