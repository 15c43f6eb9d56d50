// Returned units against the fake cloud: look up, plan, release, and hand over to a new owner.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookupDevice } from '../../../electron/core/returns/lookup-device';
import { buildReleasePlan } from '../../../electron/core/returns/release-plan';
import { executeReleasePlan } from '../../../electron/core/returns/release-executor';
import type { ReturnsContext } from '../../../electron/core/returns/returns-context';
import { AuditLog } from '../../../electron/core/store/audit-log';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import {
  CLIENT,
  DEV,
  DEVICES,
  EXISTING_CUSTOMER,
  PRODUCT,
  clientFor,
  startTestCloud,
} from '../../unit/cloud/support';
import { OperatorError } from '../../../electron/core/runtime';
import { en } from '../../support/english';
import type { ActionRecord } from '../../../shared/audit';
import { formatMessage, m } from '../../../shared/i18n';

let cloud: FakeCloud;
let audit: AuditLog;
let auditPath: string;
let ids = 0;

beforeEach(async () => {
  cloud = await startTestCloud();
  auditPath = join(mkdtempSync(join(tmpdir(), 'returns-')), 'audit.jsonl');
  audit = new AuditLog(auditPath);
});
afterEach(async () => cloud.close());

function context(mode: 'developer' | 'product'): ReturnsContext {
  const client = clientFor(cloud);
  return {
    cloud: client,
    account:
      mode === 'product'
        ? {
            mode,
            token: async () => (await client.clientCredentials(CLIENT)).accessToken,
            product: { id: PRODUCT.id, slug: PRODUCT.slug, name: PRODUCT.name },
            username: null,
          }
        : { mode, token: async () => DEV.token, product: null, username: DEV.username },
    audit,
    who: { station: 'Support desk', operator: 'Bo' },
    appVersion: '0.1.0',
    simulated: true,
    now: () => new Date('2026-11-27T12:00:00Z'),
    newId: () => `id-${++ids}`,
  };
}

/** The product-owned device's release plan with its removal from the product failing (HTTP 500). */
async function removalThatFails(ctx: ReturnsContext, planId: string) {
  const plan = buildReleasePlan(
    await lookupDevice(ctx, DEVICES.productOwned),
    { removeFromProduct: true },
    planId,
    'product',
  );
  cloud.injectFault({
    path: new RegExp(`/devices/${DEVICES.productOwned}$`),
    method: 'DELETE',
    status: 500,
    times: 10,
  });
  return plan;
}

const cloudCalls = (method: string, pattern: RegExp): number =>
  cloud.requests.filter((request) => request.method === method && pattern.test(request.path))
    .length;

describe('returned units', () => {
  it('releases a customer-owned product device, removes and re-adds it, then a new customer claims it', async () => {
    const ctx = context('product');
    const lookup = await lookupDevice(ctx, DEVICES.productOwned);
    expect(lookup).toMatchObject({
      visible: true,
      product: { id: PRODUCT.id },
      owner: { kind: 'customer', email: EXISTING_CUSTOMER },
    });
    const plan = buildReleasePlan(
      lookup,
      { removeFromProduct: true, reAddToProduct: true },
      'plan-1',
      'product',
    );
    expect(plan.steps.map((step) => step.id)).toEqual([
      'release-from-owner',
      'remove-from-product',
      're-add-to-product',
    ]);
    for (const step of plan.steps) expect(en(step.undo)).toMatch(/undo/i);

    const report = await executeReleasePlan(ctx, plan);
    expect(report.complete).toBe(true);
    // Removed and re-added: unowned and back in the product, as the cloud shows.
    expect(report.leftAs).toEqual({
      owner: 'none',
      product: { id: PRODUCT.id, slug: PRODUCT.slug, name: PRODUCT.name },
    });
    expect(cloud.device(DEVICES.productOwned)).toMatchObject({
      owner: null,
      productId: PRODUCT.id,
    });

    // Set up for the next customer: a product claim code for them, then the device reconnects with it.
    const client = clientFor(cloud);
    const customer = await client.customerToken({
      ...CLIENT,
      product: PRODUCT.id,
      email: 'next-owner@example.com',
    });
    const { claimCode } = await client.createProductClaimCode(
      customer.grant.accessToken,
      PRODUCT.id,
    );
    await cloud.connectDevice({ deviceId: DEVICES.productOwned, claimCode });
    expect(cloud.device(DEVICES.productOwned)).toMatchObject({
      owner: 'next-owner@example.com',
      ownerKind: 'customer',
    });

    const actions = audit.query({ deviceId: DEVICES.productOwned }).records;
    expect(
      actions
        .map((record) =>
          record.type === 'action' ? `${record.step}:${record.result}` : record.type,
        )
        .reverse(),
    ).toEqual(['release-from-owner:done', 'remove-from-product:done', 're-add-to-product:done']);
  });

  it('unclaims a developer-owned device', async () => {
    const ctx = context('developer');
    const lookup = await lookupDevice(ctx, DEVICES.devOwned);
    expect(lookup.owner).toEqual({ kind: 'user', username: DEV.username, isSignedInUser: true });
    const plan = buildReleasePlan(lookup, {}, 'plan-2', 'developer');
    expect(plan.steps.map((step) => step.id)).toEqual(['unclaim-developer']);
    const report = await executeReleasePlan(ctx, plan);
    expect(report).toMatchObject({ complete: true, leftAs: { owner: 'none', product: null } });
    expect(cloud.device(DEVICES.devOwned)?.owner).toBeNull();
    // The signed-in developer can no longer see it: the report, not a lookup, tells the truth.
    expect((await lookupDevice(ctx, DEVICES.devOwned)).visible).toBe(false);
  });

  it('refuses clearly for a device owned by someone the credentials cannot see', async () => {
    const ctx = context('developer');
    const lookup = await lookupDevice(ctx, DEVICES.otherOwned);
    const plan = buildReleasePlan(lookup, { removeFromProduct: true }, 'plan-3', 'developer');
    expect(plan.steps).toEqual([]);
    expect(plan.refusal).not.toBeNull();
    const refusal = en(plan.refusal!);
    expect(refusal).toMatch(/cannot see|belongs to/);
    const thrown = await executeReleasePlan(ctx, plan).then(
      () => null,
      (error: unknown) => error,
    );
    // The operator reads the plan's own refusal, in any language, and the English says it too.
    expect(thrown).toBeInstanceOf(OperatorError);
    expect((thrown as OperatorError).text).toEqual(plan.refusal);
    expect((thrown as OperatorError).message).toBe(refusal);
    expect(cloud.device(DEVICES.otherOwned)?.owner).toBe('other@example.com');
  });

  it('says plainly when an id is unknown, and rejects a malformed one before any call', async () => {
    const ctx = context('product');
    const unknown = await lookupDevice(ctx, 'ffffffffffffffffffffffff');
    expect(unknown.visible).toBe(false);
    expect(unknown.limits.map((limit) => en(limit)).join(' ')).toMatch(/cannot see/);
    // Product mode asks the product first, then outside it: both limits, in that order.
    expect(unknown.limits.map((limit) => limit.id)).toEqual([
      'returns.limit.not-in-product',
      'returns.limit.blind.product',
    ]);
    const before = cloud.requests.length;
    await expect(lookupDevice(ctx, '3b00-not-an-id')).rejects.toThrow(/0-9 and a-f/);
    expect(cloud.requests.length).toBe(before);
  });

  it('a product refusal says the product-specific limit too, down to the error it throws', async () => {
    const ctx = context('product');
    const lookup = await lookupDevice(ctx, DEVICES.otherOwned);
    expect(lookup.visible).toBe(false);
    const plan = buildReleasePlan(lookup, {}, 'plan-7', 'product');
    expect(plan.steps).toEqual([]);
    expect(plan.refusal).toEqual(
      m('returns.refusal.blind', {
        why: m('returns.limit.then', {
          first: m('returns.limit.not-in-product', { product: PRODUCT.name }),
          then: m('returns.limit.blind.product'),
        }),
      }),
    );
    const refusal = en(plan.refusal!);
    expect(refusal).toBe(
      'Nothing can be released with these credentials: ' +
        `${en(m('returns.limit.not-in-product', { product: PRODUCT.name }))} ` +
        `${en(m('returns.limit.blind.product'))}`,
    );
    // Each language says both sentences; Chinese puts no space between them.
    expect(formatMessage('de', plan.refusal!)).toContain(
      formatMessage('de', m('returns.limit.blind.product')),
    );
    expect(formatMessage('zh-CN', plan.refusal!)).toContain(
      `${formatMessage('zh-CN', m('returns.limit.not-in-product', { product: PRODUCT.name }))}${formatMessage('zh-CN', m('returns.limit.blind.product'))}`,
    );
    // What the CLI's exit line and the window say: the error carries the same sentence.
    const thrown = await executeReleasePlan(ctx, plan).then(
      () => null,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(OperatorError);
    expect((thrown as OperatorError).text).toEqual(plan.refusal);
    expect((thrown as OperatorError).message).toContain(
      'These product credentials cannot see it outside the product.',
    );
  });

  it('a developer refusal says its one limit, as before', async () => {
    const plan = buildReleasePlan(
      await lookupDevice(context('developer'), DEVICES.otherOwned),
      {},
      'plan-8',
      'developer',
    );
    expect(plan.refusal).toEqual(
      m('returns.refusal.blind', { why: m('returns.limit.blind.developer') }),
    );
  });

  it('records each step’s detail in English for the CSV and as a sentence for History', async () => {
    const ctx = context('product');
    const plan = await removalThatFails(ctx, 'plan-9');
    await executeReleasePlan(ctx, plan);
    cloud.clearFaults();
    // The same plan again: it continues at the failed step.
    await executeReleasePlan(ctx, plan);
    const actions = audit
      .query({ deviceId: DEVICES.productOwned })
      .records.filter((record): record is ActionRecord => record.type === 'action')
      .reverse();
    expect(actions.map((record) => `${record.step}:${record.result}`)).toEqual([
      'release-from-owner:done',
      'remove-from-product:failed',
      'remove-from-product:done',
    ]);
    const [released, failed, removed] = actions;
    expect(released?.detailText).toEqual(plan.steps[0]?.title);
    expect(released?.detail).toBe(`Release from customer ${EXISTING_CUSTOMER}`);
    expect(removed?.detailText).toEqual(plan.steps[1]?.title);
    expect(removed?.detail).toBe('Remove from Widget');
    // The failure: the CSV's text leads with the cloud's problem code, the sentence is the words.
    expect(failed?.detailText?.id).toMatch(/^cloud\.problem\./);
    expect(failed?.detail).toBe(`server-error: ${en(failed!.detailText!)}`);
    for (const record of actions)
      expect(formatMessage('de', record.detailText!)).not.toBe(record.detail);
    // Never a secret in what is kept.
    const raw = readFileSync(auditPath, 'utf8');
    expect(raw).not.toContain(CLIENT.clientSecret);
  });

  it('a step found already done says so in both forms', async () => {
    const ctx = context('product');
    const plan = buildReleasePlan(
      await lookupDevice(ctx, DEVICES.productOwned),
      {},
      'plan-10',
      'product',
    );
    await clientFor(cloud).unclaimProductDevice(
      (await clientFor(cloud).clientCredentials(CLIENT)).accessToken,
      PRODUCT.id,
      DEVICES.productOwned,
    );
    await executeReleasePlan(ctx, plan);
    const [skipped] = audit.query({ deviceId: DEVICES.productOwned }).records;
    expect(skipped).toMatchObject({
      type: 'action',
      result: 'skipped',
      detail: 'Already done in the cloud.',
      detailText: m('returns.audit.already-done'),
    });
  });

  it('accepts an uppercase id pasted with spaces and sends it lowercase', async () => {
    const ctx = context('product');
    const lookup = await lookupDevice(ctx, `  ${DEVICES.productOwned.toUpperCase()} `);
    expect(lookup.deviceId).toBe(DEVICES.productOwned);
    expect(
      cloud.requests.some((request) => request.path.includes(DEVICES.productOwned.toUpperCase())),
    ).toBe(false);
  });

  it('stops at a failing step, then a re-run completes without repeating done steps', async () => {
    const ctx = context('product');
    const plan = await removalThatFails(ctx, 'plan-4');
    const first = await executeReleasePlan(ctx, plan);
    expect(first).toMatchObject({ complete: false, leftAs: null });
    expect(plan.steps.map((step) => step.state)).toEqual(['done', 'failed']);
    expect(first.summary.id).toBe('returns.summary.stopped-after');
    expect(en(first.summary)).toMatch(
      /Stopped at “Remove from Widget”.*Done before it: Release from customer/,
    );
    expect(cloud.device(DEVICES.productOwned)).toMatchObject({
      owner: null,
      productId: PRODUCT.id,
    });

    cloud.clearFaults();
    const second = await executeReleasePlan(ctx, plan);
    expect(second).toMatchObject({ complete: true, leftAs: { owner: 'none', product: null } });
    expect(cloudCalls('DELETE', /\/owner$/)).toBe(1);
    expect(cloud.device(DEVICES.productOwned)?.productId).not.toBe(PRODUCT.id);

    // A fresh plan for the same device (e.g. the CLI run again) finds everything already done.
    const again = buildReleasePlan(
      await lookupDevice(ctx, DEVICES.productOwned),
      { removeFromProduct: true },
      'plan-5',
      'product',
    );
    expect(again.refusal).not.toBeNull();
  });

  it('a plan that is only built changes nothing', async () => {
    const ctx = context('product');
    const before = cloud.devices();
    buildReleasePlan(
      await lookupDevice(ctx, DEVICES.productOwned),
      { removeFromProduct: true, reAddToProduct: true },
      'plan-6',
      'product',
    );
    expect(cloud.devices()).toEqual(before);
    expect(
      cloud.requests.filter(
        (request) => request.method !== 'GET' && request.path !== '/oauth/token',
      ),
    ).toEqual([]);
  });
});
