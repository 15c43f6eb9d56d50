import { describe, expect, it } from 'vitest';
import { parseNmcliAddedUuid, splitTerseLine } from '../../../electron/core/wifi/nmcli-terse';

describe('nmcli terse parser', () => {
  it('splits on unescaped colons and unescapes \\: and \\\\', () => {
    expect(splitTerseLine('yes:Home\\:Net:60\\:E3:x')).toEqual(['yes', 'Home:Net', '60:E3', 'x']);
    expect(splitTerseLine('no:Back\\\\slash:')).toEqual(['no', 'Back\\slash', '']);
  });

  // Real outputs: nmcli-corpus.test.ts (captures) and test/integration/wifi/real-nmcli.test.ts
  // (the real nmcli binary), which covers the scan, active-connection and device listings.

  it('reads the UUID nmcli prints after connection add', () => {
    expect(
      parseNmcliAddedUuid(
        "Connection 'photon-setup-Photon-7QK2XZ' (2B1C7A1E-0F0E-4D3C-8B2A-19283746AB01) successfully added.\n",
      ),
    ).toBe('2b1c7a1e-0f0e-4d3c-8b2a-19283746ab01');
    expect(parseNmcliAddedUuid('Error: failed to modify connection.permissions')).toBeNull();
  });
});
