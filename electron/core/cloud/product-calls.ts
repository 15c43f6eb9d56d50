// Product-side calls, made with a product (client credentials) or team token: product info,
// importing device ids, the product's device list, unclaim within the product and removal.
import { m } from '../../../shared/i18n';
import { normalizeDeviceId } from '../../../shared/validate';
import type { CallContext } from './call-context';
import { DEFAULT_DEVICE_PAGE_SIZE, MAX_DEVICE_LIST_PAGES } from './constants';
import { toCloudDevice } from './device-mapper';
import type { CallOptions } from './device-calls';
import { productPath } from './oauth-calls';
import {
  deviceSchema,
  importResponseSchema,
  okOrEmptySchema,
  productDeviceListSchema,
  productResponseSchema,
} from './schemas';
import type { CloudDevice, CloudProduct, DevicePage, ImportResult, ProductRef } from './types';

const bearer = (token: string) => ({ kind: 'bearer' as const, token });
const productDevicePath = (product: ProductRef, deviceId: string) =>
  `${productPath(product)}/devices/${encodeURIComponent(normalizeDeviceId(deviceId))}`;

export function createProductCalls(ctx: CallContext) {
  async function listProductDevices(
    token: string,
    product: ProductRef,
    options: CallOptions & { page?: number; perPage?: number } = {},
  ): Promise<DevicePage> {
    const operation = m('cloud.op.list-product-devices');
    const page = options.page ?? 1;
    const response = await ctx.request({
      operation,
      method: 'GET',
      path: `${productPath(product)}/devices`,
      query: { page, perPage: options.perPage ?? DEFAULT_DEVICE_PAGE_SIZE },
      auth: bearer(token),
      signal: options.signal,
    });
    const parsed = ctx.parse(productDeviceListSchema, response.body, operation);
    return {
      devices: parsed.devices.map((raw) => toCloudDevice(raw, response)),
      page,
      totalPages: parsed.meta.total_pages ?? 1,
    };
  }

  return {
    async getProduct(
      token: string,
      product: ProductRef,
      options: CallOptions = {},
    ): Promise<CloudProduct> {
      const operation = m('cloud.op.read-product');
      const response = await ctx.request({
        operation,
        method: 'GET',
        path: productPath(product),
        auth: bearer(token),
        signal: options.signal,
      });
      const parsed = ctx.parse(productResponseSchema, response.body, operation).product;
      return {
        id: parsed.id,
        slug: parsed.slug,
        name: parsed.name ?? null,
        platformId: parsed.platform_id ?? null,
      };
    },

    /**
     * Adds device ids to the product (needed before a product claim code can claim them). One id
     * goes as JSON {id}; several as the .txt file upload the console uses. Never HTTP-fails for
     * bad ids: read the lists in the result.
     */
    async importDevices(
      token: string,
      product: ProductRef,
      deviceIds: readonly string[],
      options: CallOptions = {},
    ): Promise<ImportResult> {
      const operation = m('cloud.op.import-device');
      const ids = [...new Set(deviceIds.map(normalizeDeviceId).filter((id) => id.length > 0))];
      let body: { kind: 'json'; value: unknown } | { kind: 'multipart'; value: FormData };
      if (ids.length === 1) {
        body = { kind: 'json', value: { id: ids[0] } };
      } else {
        const form = new FormData();
        form.append(
          'file',
          new Blob([ids.join('\n') + '\n'], { type: 'text/plain' }),
          'devices.txt',
        );
        body = { kind: 'multipart', value: form };
      }
      const response = await ctx.request({
        operation,
        method: 'POST',
        path: `${productPath(product)}/devices`,
        auth: bearer(token),
        body,
        signal: options.signal,
      });
      const parsed = ctx.parse(importResponseSchema, response.body, operation);
      const raw = response.body as Record<string, unknown>;
      return {
        ...parsed,
        listsAdded: Array.isArray(raw.updatedDeviceIds) || Array.isArray(raw.existingDeviceIds),
      };
    },

    async getProductDevice(
      token: string,
      product: ProductRef,
      deviceId: string,
      options: CallOptions = {},
    ): Promise<CloudDevice> {
      const operation = m('cloud.op.read-product-device');
      const response = await ctx.request({
        operation,
        method: 'GET',
        path: productDevicePath(product, deviceId),
        auth: bearer(token),
        signal: options.signal,
      });
      return toCloudDevice(ctx.parse(deviceSchema, response.body, operation), response);
    },

    listProductDevices,

    /** Every page, bounded by MAX_DEVICE_LIST_PAGES. */
    async listAllProductDevices(
      token: string,
      product: ProductRef,
      options: CallOptions & { perPage?: number } = {},
    ): Promise<CloudDevice[]> {
      const devices: CloudDevice[] = [];
      for (let page = 1; page <= MAX_DEVICE_LIST_PAGES; page++) {
        const result = await listProductDevices(token, product, { ...options, page });
        devices.push(...result.devices);
        if (page >= result.totalPages) break;
      }
      return devices;
    },

    /** Release the device from its customer but keep it in the product. Do this before removing it. */
    async unclaimProductDevice(
      token: string,
      product: ProductRef,
      deviceId: string,
      options: CallOptions = {},
    ): Promise<void> {
      const operation = m('cloud.op.unclaim-product-device');
      const response = await ctx.request({
        operation,
        method: 'DELETE',
        path: `${productDevicePath(product, deviceId)}/owner`,
        auth: bearer(token),
        signal: options.signal,
      });
      ctx.parse(okOrEmptySchema, response.body, operation);
    },

    async removeProductDevice(
      token: string,
      product: ProductRef,
      deviceId: string,
      options: CallOptions = {},
    ): Promise<void> {
      const operation = m('cloud.op.remove-from-product');
      const response = await ctx.request({
        operation,
        method: 'DELETE',
        path: productDevicePath(product, deviceId),
        auth: bearer(token),
        signal: options.signal,
      });
      ctx.parse(okOrEmptySchema, response.body, operation);
    },
  };
}
