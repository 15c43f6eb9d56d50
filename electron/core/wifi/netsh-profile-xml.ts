// The open-network WLANProfile for netsh (learn.microsoft.com …/wlan-profileschema-wlanprofile-element).
// node-wifi builds it without escaping and with a wrong <hex>; here both are exact.

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Hex of the UTF-8 bytes, which is what the schema's <hex> element means. */
export const ssidHex = (ssid: string): string =>
  Buffer.from(ssid, 'utf8').toString('hex').toUpperCase();

/** connectionMode manual and no autoSwitch: Windows must not roam onto or back to the Photon by itself. */
export function openProfileXml(profileName: string, ssid: string): string {
  return [
    '<?xml version="1.0"?>',
    '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">',
    `  <name>${escapeXml(profileName)}</name>`,
    '  <SSIDConfig>',
    '    <SSID>',
    `      <hex>${ssidHex(ssid)}</hex>`,
    `      <name>${escapeXml(ssid)}</name>`,
    '    </SSID>',
    '  </SSIDConfig>',
    '  <connectionType>ESS</connectionType>',
    '  <connectionMode>manual</connectionMode>',
    '  <MSM>',
    '    <security>',
    '      <authEncryption>',
    '        <authentication>open</authentication>',
    '        <encryption>none</encryption>',
    '        <useOneX>false</useOneX>',
    '      </authEncryption>',
    '    </security>',
    '  </MSM>',
    '</WLANProfile>',
    '',
  ].join('\r\n');
}
