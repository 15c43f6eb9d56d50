// `cli device lookup <id>` and `cli device release <id> [--remove-from-product] [--re-add] [--yes]`:
// the returned-units flow for support staff. Without --yes, release prints the plan and changes
// nothing. Secrets come from environment variables, never argv.
import { m } from '../../shared/i18n';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { homedir } from 'node:os';
import packageJson from '../../package.json';
import type { DeviceLookup, ReleasePlan } from '../../shared/returns';
import { createCloudClient } from '../core/cloud';
import { createWaitReporter } from './wait-reporter';
import { lookupDevice } from '../core/returns/lookup-device';
import { executeReleasePlan } from '../core/returns/release-executor';
import { buildReleasePlan } from '../core/returns/release-plan';
import type { ReturnsAccount, ReturnsContext } from '../core/returns/returns-context';
import { AuditLog } from '../core/store/audit-log';
import {
  CliExit,
  envSecret,
  jsonLine,
  say,
  usageError,
  type CliIo,
  parseCommandLine,
} from './cli-io';

export const RETURNS_USAGE = `Usage:
  npm run -s cli -- device lookup <device-id> [credentials] [--json]
  npm run -s cli -- device release <device-id> [--remove-from-product] [--re-add] [--yes] [credentials] [--json]

Credentials (one of):
  --token-env VAR                          a developer access token in the environment variable VAR
  --product P --client-id ID --client-secret-env VAR
                                           a product (id or slug) and its two-legged OAuth client
Options:
  --cloud-url URL     Particle API base URL (default https://api.particle.io)
  --audit-log FILE    where actions are recorded (default ~/.photon-setup/audit.jsonl)
  --operator NAME     recorded with each action
  --yes               carry the plan out; without it the plan is printed and nothing changes`;

const readSecret = (io: CliIo, name: string | undefined, what: string): string => {
  if (name === undefined)
    throw usageError(`Give ${what} through an environment variable.`, RETURNS_USAGE);
  return envSecret(io, name, what);
};

function describeOwner(lookup: DeviceLookup): string {
  switch (lookup.owner.kind) {
    case 'customer':
      return `customer ${lookup.owner.email}`;
    case 'user':
      return `${lookup.owner.username}${lookup.owner.isSignedInUser ? ' (you)' : ''}`;
    case 'none':
      return 'nobody (unclaimed)';
    case 'unknown':
      return 'unknown to these credentials';
  }
}

const lookupLines = (lookup: DeviceLookup, io: CliIo): string[] => [
  `Device:     ${lookup.deviceId}${lookup.name === null ? '' : ` (${lookup.name})`}`,
  `Visible:    ${lookup.visible ? 'yes' : 'no'}`,
  `Product:    ${lookup.product === null ? 'none' : `${lookup.product.name ?? ''} #${lookup.product.id}`.trim()}`,
  `Owner:      ${describeOwner(lookup)}`,
  `Online:     ${lookup.online === null ? 'unknown' : lookup.online ? 'yes' : 'no'}${lookup.lastHeard === null ? '' : `, last heard ${lookup.lastHeard}`}`,
  ...lookup.limits.map((limit) => `Note:       ${say(io, limit)}`),
  `History:    ${lookup.history.length} record(s) on this computer`,
];

const planLines = (plan: ReleasePlan, io: CliIo): string[] =>
  plan.refusal !== null
    ? [say(io, m('cli.returns.nothing-to-do', { reason: plan.refusal }))]
    : plan.steps.flatMap((step, index) => [
        `${index + 1}. ${say(io, step.title)} [${step.state}]`,
        `   ${say(io, step.description)}`,
        `   ${say(io, step.undo)}`,
        ...(step.error === null
          ? []
          : [`   ${say(io, m('cli.returns.failed', { error: step.error }))}`]),
      ]);

export async function runReturnsCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandLine(
    {
      args,
      allowPositionals: true,
      options: {
        'token-env': { type: 'string' },
        product: { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret-env': { type: 'string' },
        'cloud-url': { type: 'string' },
        'audit-log': { type: 'string' },
        operator: { type: 'string' },
        'remove-from-product': { type: 'boolean' },
        're-add': { type: 'boolean' },
        yes: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    },
    RETURNS_USAGE,
  );
  const [command, deviceId] = positionals;
  if (deviceId === undefined)
    throw usageError(`device ${command ?? ''} needs a device id.`, RETURNS_USAGE);

  const waits = createWaitReporter(io);
  const cloud = createCloudClient({
    baseUrl: values['cloud-url'],
    onWait: (wait) =>
      waits.report({
        operation: wait.operation,
        reason: wait.reason,
        seconds: Math.ceil(wait.delayMs / 1000),
        until: new Date(Date.now() + wait.delayMs).toISOString(),
      }),
  });
  let account: ReturnsAccount;
  if (values.product !== undefined || values['client-id'] !== undefined) {
    if (values.product === undefined || values['client-id'] === undefined)
      throw usageError(
        'Product credentials need --product, --client-id and --client-secret-env.',
        RETURNS_USAGE,
      );
    const credentials = {
      clientId: values['client-id'],
      clientSecret: readSecret(io, values['client-secret-env'], 'the OAuth client secret'),
    };
    const grant = await cloud.clientCredentials(credentials);
    const product = await cloud.getProduct(
      grant.accessToken,
      /^\d+$/.test(values.product) ? Number(values.product) : values.product,
    );
    account = {
      mode: 'product',
      token: async () => grant.accessToken,
      product: { id: product.id, slug: product.slug, name: product.name },
      username: null,
    };
  } else {
    const token = readSecret(io, values['token-env'], 'the access token');
    const user = await cloud.currentUser(token);
    account = {
      mode: 'developer',
      token: async () => token,
      product: null,
      username: user.username,
    };
  }
  const context: ReturnsContext = {
    cloud,
    account,
    audit: new AuditLog(values['audit-log'] ?? join(homedir(), '.photon-setup', 'audit.jsonl')),
    who: { station: 'command line', operator: values.operator ?? '' },
    appVersion: packageJson.version,
    simulated: false,
    now: () => new Date(),
    newId: () => randomUUID(),
  };

  const lookup = await lookupDevice(context, deviceId);
  const json = values.json === true;
  if (command === 'lookup') {
    if (json) io.out(jsonLine(lookup));
    else lookupLines(lookup, io).forEach((line) => io.out(line));
    return;
  }
  const plan = buildReleasePlan(
    lookup,
    {
      removeFromProduct: values['remove-from-product'] === true,
      reAddToProduct: values['re-add'] === true,
    },
    randomUUID(),
    account.mode,
  );
  if (values.yes !== true || plan.refusal !== null) {
    if (json) io.out(jsonLine({ lookup, plan, executed: false }));
    else {
      lookupLines(lookup, io).forEach((line) => io.out(line));
      io.out('');
      io.out('Plan:');
      planLines(plan, io).forEach((line) => io.out(line));
      if (plan.refusal === null)
        io.out('\nNothing was changed. Run again with --yes to carry this plan out.');
    }
    if (plan.refusal !== null) throw new CliExit(1, say(io, plan.refusal));
    return;
  }
  const report = await executeReleasePlan(context, plan, (current) => {
    if (!json) {
      const last = [...current.steps]
        .reverse()
        .find((step) => step.state !== 'pending' && step.state !== 'not-run');
      if (last !== undefined)
        io.out(
          `${last.state === 'failed' ? '✕' : '✓'} ${say(io, last.title)}${last.state === 'already-done' ? ' (already done)' : ''}`,
        );
    }
  });
  if (json)
    io.out(
      jsonLine({
        lookup,
        plan: report.plan,
        executed: true,
        complete: report.complete,
        summary: report.summary,
      }),
    );
  else io.out(say(io, report.summary));
  if (!report.complete) throw new CliExit(1, say(io, report.summary));
}
