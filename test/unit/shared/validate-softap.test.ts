import { describe, expect, it } from 'vitest';
import {
  claimCodeProblem,
  eapFieldProblem,
  identityProblem,
  networkPasswordProblem,
  normalizeClaimCode,
  passphraseProblem,
  securityProblem,
  ssidBytesProblem,
  ssidProblem,
  utf8ByteLength,
  wepKeyForm,
  wepKeyProblem,
} from '../../../shared/validate';
import { en, messageStrings } from '../../support/english';

describe('ssidProblem', () => {
  it('accepts ordinary and 32-byte multibyte names', () => {
    expect(ssidProblem('Home')).toBeNull();
    expect(ssidProblem(' spaced name ')).toBeNull();
    const multibyte = 'é'.repeat(16); // 2 bytes each
    expect(utf8ByteLength(multibyte)).toBe(32);
    expect(ssidProblem(multibyte)).toBeNull();
    expect(ssidProblem('😀'.repeat(8))).toBeNull(); // 8 × 4 bytes
    expect(ssidProblem('Sam’s iPhone')).toBeNull();
    expect(ssidProblem('a'.repeat(32))).toBeNull();
  });

  it('refuses 33 bytes, counting bytes not characters', () => {
    expect(en(ssidProblem('a'.repeat(33)))).toMatch(/at most 32 bytes.*33 bytes/);
    expect(en(ssidProblem(`${'é'.repeat(16)}a`))).toMatch(/33 bytes/);
    expect(en(ssidProblem('😀'.repeat(9)))).toMatch(/36 bytes/);
  });

  it('refuses what the device parser cannot carry', () => {
    expect(en(ssidProblem(''))).toMatch(/Enter/);
    expect(en(ssidProblem('Bob"s'))).toMatch(/quote/);
    expect(en(ssidProblem('back\\slash'))).toMatch(/backslash/);
    expect(en(ssidProblem('tab\there'))).toMatch(/control/);
    expect(en(ssidProblem('nul\u0000'))).toMatch(/control/);
    expect(en(ssidProblem('del\u007f'))).toMatch(/control/);
    expect(en(ssidProblem('broken\ud83d'))).toMatch(/broken/);
  });
});

describe('ssidBytesProblem: what raw SSID bytes jsmn reads back as themselves', () => {
  const bytes = (text: string) => Buffer.from(text, 'latin1');
  it('accepts backslashes that form jsmn escapes, escaped quotes, control and non-UTF-8 bytes', () => {
    for (const name of [
      'Lab\\net',
      'AC\\/DC',
      'a\\"b',
      'x\\\\y',
      'u\\u00e9',
      'Caf\xe9',
      'bell\x07',
    ])
      expect(ssidBytesProblem(bytes(name), name)).toBeNull();
  });

  it('refuses a bare quote, a backslash jsmn rejects, a trailing one, a NUL and 33 bytes', () => {
    expect(en(ssidBytesProblem(bytes('say "hi"'), 'say "hi"'))).toMatch(
      /quote .* end the name early/,
    );
    expect(en(ssidBytesProblem(bytes('a\\\\"b'), 'a'))).toMatch(/quote/);
    expect(en(ssidBytesProblem(bytes('C:\\Users'), 'C:\\Users'))).toMatch(
      /backslash .* not followed by one of/,
    );
    expect(en(ssidBytesProblem(bytes('end\\'), 'end\\'))).toMatch(/backslash/);
    expect(en(ssidBytesProblem(bytes('bad\\u12'), 'x'))).toMatch(/backslash/);
    expect(en(ssidBytesProblem(bytes('nu\x00l'), 'nu'))).toMatch(/NUL/);
    expect(en(ssidBytesProblem(Buffer.alloc(33, 0x41), 'A'))).toMatch(/at most 32 bytes.*33 bytes/);
    expect(en(ssidBytesProblem(Buffer.alloc(0), ''))).toMatch(/Enter/);
  });

  it('quotes the name with control and bidi characters escaped', () => {
    expect(en(ssidBytesProblem(bytes('"\x1b[2J'), '"\x1b[2J'))).toContain('"\\x1B[2J"');
  });
});

describe('identityProblem', () => {
  it('refuses a backslash or a quote with the user@domain advice, and says why', () => {
    const problem = identityProblem('inner-identity', 'CORP\\jsmith', true);
    expect(problem?.id).toBe('validate.identity.escaped');
    expect(problem?.params).toMatchObject({ value: 'CORP\\jsmith', which: 'backslash' });
    const sentence = en(problem);
    expect(sentence).toMatch(/user name \(inner identity\) "CORP\\jsmith"/);
    expect(sentence).toMatch(/stores identities exactly as sent/);
    expect(sentence).toMatch(/backslash/);
    expect(sentence).toMatch(/user@domain/);
    expect(en(identityProblem('inner-identity', 'a"b', true))).toMatch(/quote/);
  });

  it('accepts user@domain, keeps the other field rules', () => {
    expect(identityProblem('inner-identity', 'jsmith@corp.example.com', true)).toBeNull();
    expect(identityProblem('outer-identity', '', false)).toBeNull();
    expect(en(identityProblem('inner-identity', '', true))).toMatch(/Enter/);
    expect(en(identityProblem('inner-identity', 'a'.repeat(65), true))).toMatch(/at most 64 bytes/);
  });
});

describe('passphraseProblem', () => {
  it('takes 8 to 63 characters or 64 hex digits', () => {
    expect(en(passphraseProblem('1234567'))).toMatch(/at least 8.*has 7 characters/);
    expect(passphraseProblem('12345678')).toBeNull();
    expect(passphraseProblem('p'.repeat(63))).toBeNull();
    expect(passphraseProblem('a1'.repeat(32))).toBeNull();
    expect(passphraseProblem('AbCdEf0123456789'.repeat(4))).toBeNull();
    expect(en(passphraseProblem('g'.repeat(64)))).toMatch(/hex/);
    expect(en(passphraseProblem('p'.repeat(65)))).toMatch(/at most 63.*65 characters/);
    expect(en(passphraseProblem(''))).toMatch(/Enter/);
  });

  it('counts bytes the way the device does and refuses control characters', () => {
    expect(passphraseProblem('ü'.repeat(4))).toBeNull(); // 8 bytes
    expect(en(passphraseProblem('ü'.repeat(32)))).toMatch(/64 bytes|hex/);
    expect(en(passphraseProblem('password\n'))).toMatch(/invisible/);
  });

  it('never quotes the password', () => {
    for (const secret of ['short', 'x'.repeat(70), 'zz'.repeat(32), 'with\ttab!']) {
      const problem = passphraseProblem(secret);
      expect(problem).not.toBeNull();
      // Neither a parameter (what another language would show) nor the English words.
      for (const text of messageStrings(problem!)) expect(text).not.toContain(secret);
      expect(JSON.stringify(problem?.params ?? {})).not.toContain(
        JSON.stringify(secret).slice(1, -1),
      );
    }
  });
});

describe('WEP keys', () => {
  it('accepts the usual lengths and the device form', () => {
    expect(wepKeyForm('abcde')).toBe('ascii');
    expect(wepKeyForm('abcdefghijklm')).toBe('ascii');
    expect(wepKeyForm('D9178B0F95')).toBe('hex');
    expect(wepKeyForm('0123456789abcdef0123456789')).toBe('hex');
    expect(wepKeyForm('0005D9178B0F95')).toBe('device');
    expect(wepKeyForm('030D0123456789abcdef0123456789')).toBe('device');
    expect(en(wepKeyProblem('abcdef'))).toMatch(/5 or 13/);
    expect(en(wepKeyProblem('G9178B0F95'))).toMatch(/10 or 26 hex/);
    expect(wepKeyForm('G9178B0F95')).toBeNull();
  });
});

describe('networkPasswordProblem and securityProblem', () => {
  it('picks the rule from the security value', () => {
    expect(networkPasswordProblem(0, '')).toBeNull();
    expect(en(networkPasswordProblem(4194308, 'short'))).toMatch(/at least 8/);
    expect(networkPasswordProblem(1, 'abcde')).toBeNull();
    expect(en(networkPasswordProblem(1, 'abcdefgh'))).toMatch(/WEP/);
    expect(networkPasswordProblem(37748742, '')).toBeNull();
    expect(en(securityProblem(-1))).toMatch(/could not tell/);
    expect(en(securityProblem(4))).toMatch(/not one/);
    expect(securityProblem(4194308)).toBeNull();
    expect(securityProblem(0)).toBeNull();
  });

  it('limits enterprise fields to 64 bytes', () => {
    expect(en(eapFieldProblem('inner-identity', '', true))).toBe(
      'Enter the user name (inner identity).',
    );
    expect(en(eapFieldProblem('password', 'p'.repeat(65), true))).toBe(
      'The password can be at most 64 bytes; this one is 65.',
    );
    expect(eapFieldProblem('outer-identity', '', false)).toBeNull();
    expect(eapFieldProblem('inner-identity', 'u'.repeat(64), true)).toBeNull();
    expect(en(eapFieldProblem('inner-identity', 'u'.repeat(65), true))).toMatch(/at most 64/);
  });
});

describe('claim codes', () => {
  const code = '4i8pwFwPkImsnLmIj54BYJA4Z94j0OLyl7vwKecELzYGKjS9mBbM5Vra6H9T0DI';
  const product = '3GjxEdDu3eIWEs5C9WMun5etWsIC7KreXXHQ2JXAfBorHv+t26F04cFObo/FsL5';

  it('accepts 63 base64 characters, including + and /', () => {
    expect(claimCodeProblem(code)).toBeNull();
    expect(claimCodeProblem(product)).toBeNull();
    expect(claimCodeProblem(` ${code}\n`)).toBeNull();
  });

  it('strips JSON backslash escapes like the official apps', () => {
    const escaped = product.replace('/', '\\/');
    expect(normalizeClaimCode(escaped)).toBe(product);
    expect(claimCodeProblem(escaped)).toBeNull();
  });

  it('refuses wrong lengths and alphabets', () => {
    expect(en(claimCodeProblem(code.slice(1)))).toMatch(/63 characters.*62/);
    expect(en(claimCodeProblem(`${code}A`))).toMatch(/64/);
    expect(en(claimCodeProblem(`${code.slice(1)}=`))).toMatch(/letters, digits/);
    expect(en(claimCodeProblem(`${code.slice(2)} x`))).toMatch(/letters, digits/);
    expect(en(claimCodeProblem(''))).toMatch(/Enter/);
  });
});
