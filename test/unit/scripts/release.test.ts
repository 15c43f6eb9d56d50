// A release build refuses to start unsigned or without its update feed, naming what is missing
// and never echoing a value.
import { describe, expect, it } from 'vitest';
import { releaseBuilderArgs, releaseProblems } from '../../../scripts/release';

const FEED = { PHOTON_SETUP_UPDATE_URL: 'https://updates.example.com/photon-setup' };

describe('releaseProblems', () => {
  it('needs the feed on every platform', () => {
    expect(releaseProblems('linux', {})).toEqual([
      expect.stringContaining('PHOTON_SETUP_UPDATE_URL'),
    ]);
    expect(
      releaseProblems('linux', { PHOTON_SETUP_UPDATE_URL: 'http://plain.example' }),
    ).toHaveLength(1);
    expect(releaseProblems('linux', FEED)).toEqual([]);
  });

  it('needs a signing identity and notarization credentials on macOS', () => {
    const problems = releaseProblems('darwin', FEED);
    expect(problems).toEqual([
      expect.stringContaining('CSC_LINK'),
      expect.stringContaining('APPLE_API_KEY'),
    ]);
    const secret = 'p12-password-123456';
    const complete = {
      ...FEED,
      CSC_LINK: '/certs/developer-id.p12',
      CSC_KEY_PASSWORD: secret,
      APPLE_ID: 'release@example.com',
      APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh-ijkl-mnop',
      APPLE_TEAM_ID: 'TEAM123456',
    };
    expect(releaseProblems('darwin', complete)).toEqual([]);
    const partial = releaseProblems('darwin', { ...complete, APPLE_TEAM_ID: '' });
    expect(partial).toEqual([expect.stringContaining('notarize')]);
    expect(partial.join(' ')).not.toContain(secret);
  });

  it('needs a certificate on Windows', () => {
    expect(releaseProblems('win32', FEED)).toEqual([expect.stringContaining('WIN_CSC_LINK')]);
    expect(releaseProblems('win32', { ...FEED, WIN_CSC_LINK: 'C:/cert.pfx' })).toEqual([]);
  });

  it('turns on forceCodeSigning and the generic feed', () => {
    expect(releaseBuilderArgs(FEED.PHOTON_SETUP_UPDATE_URL)).toEqual([
      '--publish',
      'never',
      '-c.forceCodeSigning=true',
      '-c.publish.provider=generic',
      `-c.publish.url=${FEED.PHOTON_SETUP_UPDATE_URL}`,
    ]);
  });
});
