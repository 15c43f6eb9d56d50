// The import reply is 200 whatever happened: the id must be among those it added or already had.
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../electron/core/cloud';
import { EngineError } from '../../../electron/core/provisioning/engine-error';
import { assertImported } from '../../../electron/core/provisioning/prepare';

const ID = '3b0021001747353236343033';
const reply = (patch: Partial<ImportResult>): ImportResult => ({
  listsAdded: true,
  updated: 0,
  updatedDeviceIds: [],
  existingDeviceIds: [],
  nonmemberDeviceIds: [],
  invalidDeviceIds: [],
  protectedDeviceIds: [],
  ...patch,
});

const refusal = (result: ImportResult): string => {
  try {
    assertImported(result, ID);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return (error as Error).message;
  }
  return 'accepted';
};

describe('assertImported', () => {
  it('accepts an id the reply added or already had', () => {
    expect(refusal(reply({ updated: 1, updatedDeviceIds: [ID] }))).toBe('accepted');
    expect(refusal(reply({ existingDeviceIds: [ID] }))).toBe('accepted');
  });

  it('names why an id was refused', () => {
    expect(refusal(reply({ invalidDeviceIds: [ID] }))).toMatch(/does not know that id/);
    expect(refusal(reply({ nonmemberDeviceIds: [ID] }))).toMatch(/outside the product team/);
    expect(refusal(reply({ protectedDeviceIds: [ID] }))).toMatch(/device protection/);
  });

  it('refuses an id that appears in no list of a reply that lists what it added', () => {
    expect(refusal(reply({ updated: 1, updatedDeviceIds: ['0'.repeat(24)] }))).toMatch(
      /did not list it as added/,
    );
  });

  it('lets it through only on the old reply, which names refusals alone', () => {
    expect(refusal(reply({ listsAdded: false, updated: 1 }))).toBe('accepted');
    expect(refusal(reply({ listsAdded: false, invalidDeviceIds: [ID] }))).toMatch(/does not know/);
  });
});
