// Developer-side device calls: claim codes, device info, variables, claim by id, unclaim, the
// current user. Device ids are lowercased here because the cloud is case-sensitive about them.
import { m, type Message } from '../../../shared/i18n';
import { normalizeDeviceId } from '../../../shared/validate';
import type { CallContext } from './call-context';
import { toCloudDevice } from './device-mapper';
import { productPath } from './oauth-calls';
import {
  claimCodeResponseSchema,
  deviceListSchema,
  deviceSchema,
  okOrEmptySchema,
  userResponseSchema,
  variableResponseSchema,
} from './schemas';
import type { ClaimCode, CloudDevice, CloudUser, ProductRef, VariableValue } from './types';

const bearer = (token: string) => ({ kind: 'bearer' as const, token });
const devicePath = (deviceId: string): string =>
  `/v1/devices/${encodeURIComponent(normalizeDeviceId(deviceId))}`;

export interface CallOptions {
  signal?: AbortSignal | undefined;
}

export function createDeviceCalls(ctx: CallContext) {
  async function claimCode(
    token: string,
    path: string,
    operation: Message,
    signal?: AbortSignal,
  ): Promise<ClaimCode> {
    // An empty JSON object: accepted by the cloud, and fetch needs some body for a POST anyway.
    const response = await ctx.request({
      operation,
      method: 'POST',
      path,
      auth: bearer(token),
      body: { kind: 'json', value: {} },
      signal,
    });
    const parsed = ctx.parse(claimCodeResponseSchema, response.body, operation);
    return { claimCode: parsed.claim_code, deviceIds: parsed.device_ids.map(normalizeDeviceId) };
  }

  return {
    /** A claim code that makes the device the token owner's when it reaches the cloud. */
    createClaimCode: (token: string, options: CallOptions = {}) =>
      claimCode(token, '/v1/device_claims', m('cloud.op.create-claim-code'), options.signal),

    /** With a customer token: the device becomes that customer's, inside the product. */
    createProductClaimCode: (
      customerToken: string,
      product: ProductRef,
      options: CallOptions = {},
    ) =>
      claimCode(
        customerToken,
        `${productPath(product)}/device_claims`,
        m('cloud.op.create-product-claim-code'),
        options.signal,
      ),

    async getDevice(
      token: string,
      deviceId: string,
      options: CallOptions = {},
    ): Promise<CloudDevice> {
      const operation = m('cloud.op.read-device');
      const response = await ctx.request({
        operation,
        method: 'GET',
        path: devicePath(deviceId),
        auth: bearer(token),
        signal: options.signal,
      });
      return toCloudDevice(ctx.parse(deviceSchema, response.body, operation), response);
    },

    async listDevices(token: string, options: CallOptions = {}): Promise<CloudDevice[]> {
      const operation = m('cloud.op.list-devices');
      const response = await ctx.request({
        operation,
        method: 'GET',
        path: '/v1/devices',
        auth: bearer(token),
        signal: options.signal,
      });
      return ctx
        .parse(deviceListSchema, response.body, operation)
        .map((raw) => toCloudDevice(raw, response));
    },

    async getVariable(
      token: string,
      deviceId: string,
      name: string,
      options: CallOptions & { product?: ProductRef } = {},
    ): Promise<VariableValue> {
      const operation = m('cloud.op.read-variable', { name });
      const base =
        options.product === undefined
          ? devicePath(deviceId)
          : `${productPath(options.product)}/devices/${encodeURIComponent(normalizeDeviceId(deviceId))}`;
      const response = await ctx.request({
        operation,
        method: 'GET',
        path: `${base}/${encodeURIComponent(name)}`,
        auth: bearer(token),
        signal: options.signal,
      });
      const parsed = ctx.parse(variableResponseSchema, response.body, operation);
      return { name: parsed.name, result: parsed.result };
    },

    /** Claim an online, unclaimed device by id (no claim code). */
    async claimDevice(token: string, deviceId: string, options: CallOptions = {}): Promise<void> {
      await ctx.request({
        operation: m('cloud.op.claim-device'),
        method: 'POST',
        path: '/v1/devices',
        auth: bearer(token),
        body: { kind: 'json', value: { id: normalizeDeviceId(deviceId), request_transfer: false } },
        signal: options.signal,
      });
    },

    /** Release a developer device from the token's account. */
    async unclaimDevice(token: string, deviceId: string, options: CallOptions = {}): Promise<void> {
      const operation = m('cloud.op.unclaim-device');
      const response = await ctx.request({
        operation,
        method: 'DELETE',
        path: devicePath(deviceId),
        auth: bearer(token),
        signal: options.signal,
      });
      ctx.parse(okOrEmptySchema, response.body, operation);
    },

    /**
     * Start or stop the device's rainbow LED ("signal"), to tell which unit on the bench is which.
     * PUT {"signal":"1"|"0"} on the device (or the product's device); the cloud answers
     * {id, connected, signaling}, and a 500 "Timed out" when the device is offline (recorded,
     * monkbroc/particlerb spec/cassettes …/_signal_device).
     */
    async signalDevice(
      token: string,
      deviceId: string,
      on: boolean,
      options: CallOptions & { product?: ProductRef } = {},
    ): Promise<void> {
      const operation = on ? m('cloud.op.rainbow-on') : m('cloud.op.rainbow-off');
      const path =
        options.product === undefined
          ? devicePath(deviceId)
          : `${productPath(options.product)}/devices/${encodeURIComponent(normalizeDeviceId(deviceId))}`;
      await ctx.request({
        operation,
        method: 'PUT',
        path,
        auth: bearer(token),
        body: { kind: 'json', value: { signal: on ? '1' : '0' } },
        signal: options.signal,
      });
    },

    /** Who the token belongs to, to show "connected as …". */
    async currentUser(token: string, options: CallOptions = {}): Promise<CloudUser> {
      const operation = m('cloud.op.read-user');
      const response = await ctx.request({
        operation,
        method: 'GET',
        path: '/v1/user',
        auth: bearer(token),
        signal: options.signal,
      });
      return { username: ctx.parse(userResponseSchema, response.body, operation).username };
    },
  };
}
