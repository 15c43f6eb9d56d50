// netsh writes its output into a pipe in its console's code page: by default the system's OEM
// code page (cp850 in Western Europe, cp936 in China, cp866 in Russia, cp932 in Japan, 65001 with
// Windows' "Beta: UTF-8" option), never UTF-8 by default — read as UTF-8, "Büro-WLAN" becomes
// "B\ufffdro-WLAN" and a rejoin by that name fails. A child started the same way as netsh is
// asked first (`cmd /d /c chcp`: a CLI run from a console after `chcp 65001` passes that on);
// then the registry value every console's default comes from (HKLM\SYSTEM\CurrentControlSet\
// Control\Nls\CodePage, value OEMCP, REG_SZ — see winreg-kb "Codepage"). Neither answer depends
// on the display language: chcp's sentence is translated but ends in the number, the value name
// and type are not translated.
import iconv from 'iconv-lite';
import type { CommandResult, RunCommand } from '../run-command';

const CODE_PAGE_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage';
/** reg.exe answers at once; a slow one is not worth waiting for. */
const CODE_PAGE_QUERY_TIMEOUT_MS = 5_000;
/** Windows' default OEM code page for English (United States), when the registry cannot be read. */
const FALLBACK_CODE_PAGE = 437;

/** The number `chcp` ends with ("Active code page: 850", "Page de codes active : 850"). */
export function parseChcp(output: string): number | null {
  const match = /(\d{3,5})\D*$/.exec(output.trim());
  if (match?.[1] === undefined) return null;
  const value = Number(match[1]);
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** The OEMCP number in `reg query … /v OEMCP` output, or null. */
export function parseOemCodePage(output: string): number | null {
  const match = /\bOEMCP\s+REG_SZ\s+(\d+)/i.exec(output);
  if (match?.[1] === undefined) return null;
  const value = Number(match[1]);
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** An iconv-lite decoder for a Windows code page, or null when it knows none. */
export function decoderFor(codePage: number): ((bytes: Buffer) => string) | null {
  if (codePage === 65001) return (bytes) => bytes.toString('utf8');
  const name = `cp${codePage}`;
  if (!iconv.encodingExists(name)) return null;
  return (bytes) => iconv.decode(bytes, name);
}

/** Reads the OEM code page once per process; later calls reuse the answer. */
export function createOemDecoder(
  runCommand: RunCommand,
): (result: CommandResult) => Promise<CommandResult> {
  let codePage: Promise<number> | null = null;
  const ask = async (file: string, args: string[], parse: (text: string) => number | null) => {
    try {
      const result = await runCommand(file, args, { timeoutMs: CODE_PAGE_QUERY_TIMEOUT_MS });
      return result.code === 0 ? parse(result.stdout) : null;
    } catch {
      return null;
    }
  };
  const lookUp = async (): Promise<number> =>
    (await ask('cmd.exe', ['/d', '/c', 'chcp'], parseChcp)) ??
    (await ask('reg', ['query', CODE_PAGE_KEY, '/v', 'OEMCP'], parseOemCodePage)) ??
    FALLBACK_CODE_PAGE;
  return async (result) => {
    if (result.raw === undefined) return result;
    codePage ??= lookUp();
    const decode = decoderFor(await codePage) ?? decoderFor(FALLBACK_CODE_PAGE)!;
    return { ...result, stdout: decode(result.raw.stdout), stderr: decode(result.raw.stderr) };
  };
}
