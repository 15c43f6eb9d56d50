// Terminal columns, not characters: the scan table's columns line up in Chinese too.
import { describe, expect, it } from 'vitest';
import { displayWidth, padColumns } from '../../../electron/cli/display-width';

describe('displayWidth', () => {
  it('counts wide characters twice and combining marks not at all', () => {
    expect(displayWidth('WPA2')).toBe(4);
    expect(displayWidth('个人级')).toBe(6);
    expect(displayWidth('WPA2 个人级（AES）')).toBe(4 + 1 + 6 + 2 + 3 + 2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('Café-Net')).toBe(8);
  });

  it('pads to the same column whatever the script', () => {
    expect(displayWidth(padColumns('个人级', 10))).toBe(10);
    expect(displayWidth(padColumns('Personal', 10))).toBe(10);
    expect(padColumns('longer than ten', 10)).toBe('longer than ten');
  });
});
