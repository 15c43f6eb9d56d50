// The OEM code page from the registry, and netsh's bytes decoded with it.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  createOemDecoder,
  decoderFor,
  parseChcp,
  parseOemCodePage,
} from '../../../electron/core/wifi/windows-code-page';
import { recordingRun } from './support/recording-run';

// `reg query HKLM\SYSTEM\CurrentControlSet\Control\Nls\CodePage /v OEMCP` prints the key, then the
// value as `    OEMCP    REG_SZ    <n>` (the layout several projects' tests use; no capture with a
// traceable source was found, so only the shape is relied on: value name, type, number).
const regOutput = (codePage: number): string =>
  `\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage\r\n    OEMCP    REG_SZ    ${codePage}\r\n\r\n`;

describe('the OEM code page', () => {
  it('is read from the OEMCP value, whatever else the output says', () => {
    expect(parseOemCodePage(regOutput(850))).toBe(850);
    expect(parseOemCodePage(regOutput(936))).toBe(936);
    expect(parseOemCodePage('    ACP    REG_SZ    1252')).toBeNull();
    expect(
      parseOemCodePage('ERROR: The system was unable to find the specified registry key or value.'),
    ).toBeNull();
  });

  it('decodes every code page the manifest names, and UTF-8 for 65001', () => {
    for (const codePage of [437, 850, 852, 857, 866, 932, 936, 949, 950])
      expect(decoderFor(codePage), String(codePage)).not.toBeNull();
    expect(decoderFor(65001)!(Buffer.from('Büro', 'utf8'))).toBe('Büro');
  });

  it('asks once per process (chcp, then the registry) and decodes netsh’s bytes with it', async () => {
    // chcp's sentence is translated; only its trailing number is read. Here it fails, so the
    // registry answers.
    const { run, lines } = recordingRun((file) =>
      file === 'cmd.exe' ? { code: 1, stdout: '' } : { stdout: regOutput(850) },
    );
    const decode = createOemDecoder(run);
    const raw = iconv.encode('    SSID                   : Büro-WLAN\r\n', 'cp850');
    const first = await decode({
      code: 0,
      stdout: '',
      stderr: '',
      raw: { stdout: raw, stderr: Buffer.alloc(0) },
    });
    await decode({
      code: 0,
      stdout: '',
      stderr: '',
      raw: { stdout: raw, stderr: Buffer.alloc(0) },
    });
    expect(first.stdout).toContain('Büro-WLAN');
    expect(raw.toString('utf8')).toContain('\ufffd');
    expect(lines()).toEqual([
      'cmd.exe /d /c chcp',
      'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage /v OEMCP',
    ]);
  });

  it('the console’s code page wins: a CLI started after `chcp 65001` reads UTF-8', async () => {
    expect(parseChcp('Active code page: 65001\r\n')).toBe(65001);
    expect(parseChcp('Page de codes active\u00a0: 850\r\n')).toBe(850);
    expect(parseChcp('Aktive Codepage: 850.\r\n')).toBe(850);
    expect(parseChcp('')).toBeNull();
    const { run } = recordingRun((file) =>
      file === 'cmd.exe' ? { stdout: 'Active code page: 65001\r\n' } : { stdout: regOutput(850) },
    );
    const decoded = await createOemDecoder(run)({
      code: 0,
      stdout: '',
      stderr: '',
      raw: { stdout: Buffer.from('SSID : Büro-WLAN', 'utf8'), stderr: Buffer.alloc(0) },
    });
    expect(decoded.stdout).toBe('SSID : Büro-WLAN');
  });

  it('falls back to cp437 when the registry cannot be read', async () => {
    const { run } = recordingRun(() => {
      throw new Error('reg.exe missing');
    });
    const decoded = await createOemDecoder(run)({
      code: 0,
      stdout: '',
      stderr: '',
      raw: { stdout: iconv.encode('Name : Wi-Fi', 'cp437'), stderr: Buffer.alloc(0) },
    });
    expect(decoded.stdout).toBe('Name : Wi-Fi');
  });
});
