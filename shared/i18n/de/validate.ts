import type { AreaTexts } from '../define';
import type { EN_VALIDATE } from '../en/validate';

export const DE_VALIDATE: AreaTexts<typeof EN_VALIDATE> = {
  'validate.invalid': 'Dieser Wert ist ungültig.',
  'validate.field.identity': 'Identität',
  'validate.field.inner-identity': 'Benutzername (innere Identität)',
  'validate.field.outer-identity': 'Äußere Identität',
  'validate.field.password': 'Passwort',
  'validate.field.ca-certificate': 'CA-Zertifikat',
  'validate.field.client-certificate': 'Client-Zertifikat',
  'validate.field.private-key': 'Privater Schlüssel',
  'validate.device-id.empty': 'Geben Sie die Geräte-ID ein (24 Zeichen, 0-9 und a-f).',
  'validate.device-id.characters': 'Eine Geräte-ID besteht nur aus den Zeichen 0-9 und a-f.',
  'validate.device-id.length': 'Eine Geräte-ID ist 24 Zeichen lang; diese hat {length}.',
  'validate.ssid.empty': 'Geben Sie den WLAN-Namen (SSID) ein.',
  'validate.ssid.too-long':
    'Ein WLAN-Name hat höchstens {max} Byte; „{name}“ hat {bytes} Byte (Umlaute, Buchstaben mit Akzent und Emoji belegen je 2 bis 4 Byte).',
  'validate.ssid.nul':
    'Der Photon kann „{name}“ nicht über SoftAP erhalten: Der Name enthält ein NUL-Byte, das die Textfelder des Photon nicht übertragen können. Benennen Sie das WLAN um oder richten Sie den Photon über USB ein (particle serial wifi).',
  'validate.ssid.quote':
    'Der Photon kann „{name}“ nicht über SoftAP erhalten: Das Anführungszeichen (") im Namen würde den Namen auf dem Gerät vorzeitig beenden, da es Namen genau so speichert, wie sie gesendet werden. Benennen Sie das WLAN um oder richten Sie den Photon über USB ein (particle serial wifi).',
  'validate.ssid.backslash':
    'Der Photon kann „{name}“ nicht über SoftAP erhalten: Auf einen Backslash im Namen folgt keines der Zeichen " / \\ b f n r t oder u mit vier Hexziffern, und der Parser des Photon lehnt alles andere ab. Benennen Sie das WLAN um oder richten Sie den Photon über USB ein (particle serial wifi).',
  'validate.ssid.broken':
    'Der WLAN-Name enthält ein fehlerhaftes Zeichen; geben Sie ihn erneut ein.',
  'validate.ssid.control':
    'Der WLAN-Name enthält ein unsichtbares Steuerzeichen; geben Sie ihn erneut ein oder wählen Sie das WLAN aus der Liste des Photon.',
  'validate.passphrase.empty': 'Geben Sie das WLAN-Passwort ein.',
  'validate.passphrase.broken':
    'Das WLAN-Passwort enthält ein unsichtbares oder fehlerhaftes Zeichen; geben Sie es erneut ein.',
  'validate.passphrase.hex-key':
    'Ein WLAN-Passwort mit 64 Zeichen muss ein Hex-Schlüssel sein (nur 0-9 und a-f); eine Passphrase hat höchstens {max} Zeichen.',
  'validate.passphrase.too-short':
    'Ein WPA-WLAN-Passwort hat mindestens {min} Zeichen; dieses hat {unit, select, bytes {{count, plural, one {# Byte} other {# Byte}}} other {{count, plural, one {# Zeichen} other {# Zeichen}}}}.',
  'validate.passphrase.too-long':
    'Ein WPA-WLAN-Passwort hat höchstens {max} Zeichen (oder 64 Hexziffern); dieses hat {unit, select, bytes {{count, plural, one {# Byte} other {# Byte}}} other {{count, plural, one {# Zeichen} other {# Zeichen}}}}.',
  'validate.wep.empty': 'Geben Sie den WEP-Schlüssel ein.',
  'validate.wep.form':
    'Ein WEP-Schlüssel hat 5 oder 13 Zeichen oder 10 oder 26 Hexziffern; dieser hat {length} Zeichen.',
  'validate.security.unknown':
    'Der Photon konnte den Sicherheitstyp dieses WLANs nicht erkennen; wählen Sie ihn aus, bevor Sie fortfahren.',
  'validate.security.unsendable':
    'Den Sicherheitswert {value} versteht der Photon nicht; wählen Sie den Sicherheitstyp des WLANs aus.',
  'validate.eap.required': 'Füllen Sie das Feld „{field}“ aus.',
  'validate.eap.broken':
    'Das Feld „{field}“ enthält ein unsichtbares oder fehlerhaftes Zeichen; geben Sie den Wert erneut ein.',
  'validate.eap.too-long':
    'Das Feld „{field}“ darf höchstens {max} Byte enthalten; dieser Wert hat {bytes}.',
  'validate.identity.escaped':
    'Der Photon kann den Wert „{value}“ im Feld „{field}“ nicht senden: Er speichert Identitäten genau so, wie sie gesendet werden, daher käme {which, select, backslash {ein Backslash (\\)} other {ein Anführungszeichen (")}} verändert im Netzwerk an, und jede Anmeldung würde abgelehnt. Geben Sie die Identität stattdessen als benutzer@domain ein (für CORP\\jsmith die Form, die Ihre IT-Abteilung angibt, z. B. jsmith@corp.example.com).',
  'validate.claim-code.empty': 'Geben Sie den Claim-Code ein.',
  'validate.claim-code.characters':
    'Ein Claim-Code besteht nur aus Buchstaben, Ziffern, + und /; prüfen Sie, ob er vollständig und ohne Leerzeichen kopiert wurde.',
  'validate.claim-code.length': 'Ein Claim-Code ist {length} Zeichen lang; dieser hat {actual}.',
  'validate.channel.range':
    'WLAN-Kanal {channel} ist kein 2,4-GHz-Kanal (1 bis {max} oder 0 für unbekannt).',
  'validate.auth.needs-enterprise-credentials':
    'Dies ist ein WPA-Enterprise-WLAN: Wählen Sie PEAP oder EAP-TLS und geben Sie die Zugangsdaten ein.',
  'validate.auth.needs-enterprise-network':
    'PEAP und EAP-TLS erfordern ein WPA- oder WPA2-Enterprise-WLAN; wählen Sie den Sicherheitstyp des WLANs erneut aus.',
  'validate.wep.key-index': 'Die Nummer des WEP-Schlüssels liegt zwischen 1 und 4.',
  'validate.pem.required': 'Fügen Sie im Feld „{field}“ den PEM-Text ein.',
  'validate.pem.form':
    'Das Feld „{field}“ muss PEM-Text enthalten, der mit einer -----BEGIN …-Zeile beginnt und mit einer -----END …-Zeile endet.',
  'validate.pem.too-long':
    'Das Feld „{field}“ hat {bytes} Byte; der Photon speichert höchstens {max}.',
  'validate.prefix.empty': 'Geben Sie das Namenspräfix für SoftAP ein (zum Beispiel Photon-).',
  'validate.prefix.too-long': 'Ein SoftAP-Präfix hat höchstens {max} Zeichen.',
  'validate.prefix.characters':
    'Ein SoftAP-Präfix besteht nur aus Buchstaben, Ziffern, „_“, „.“ und „-“ und beginnt mit einem Buchstaben oder einer Ziffer.',
  'validate.settings.station-too-long': 'Ein Stationsname hat höchstens {max} Zeichen.',
  'validate.settings.operator-too-long': 'Ein Bedienername hat höchstens {max} Zeichen.',
  'validate.settings.cloud-url-too-long':
    'Die Adresse der Particle API hat höchstens {max} Zeichen.',
  'validate.settings.cloud-url':
    'Geben Sie die Adresse der Particle API als URL ein, zum Beispiel {example}.',
  'validate.settings.cloud-url-https':
    'Verwenden Sie https:// (einfaches http ist nur für 127.0.0.1 oder localhost erlaubt).',
  'validate.account.access-token.empty': 'Geben Sie das Zugriffstoken ein.',
  'validate.account.access-token.too-long': 'Das Zugriffstoken hat höchstens {max} Zeichen.',
  'validate.account.access-token.short':
    'Fügen Sie das vollständige Zugriffstoken ein (40 Zeichen oder mehr).',
  'validate.account.password.empty': 'Geben Sie das Passwort ein.',
  'validate.account.password.too-long': 'Das Passwort hat höchstens {max} Zeichen.',
  'validate.account.product.empty': 'Geben Sie die Produkt-ID oder den Slug ein.',
  'validate.account.product.too-long': 'Die Produkt-ID bzw. der Slug hat höchstens {max} Zeichen.',
  'validate.account.client-id.empty': 'Geben Sie die OAuth-Client-ID ein.',
  'validate.account.client-id.too-long': 'Die OAuth-Client-ID hat höchstens {max} Zeichen.',
  'validate.account.client-secret.empty': 'Geben Sie das OAuth-Client-Secret ein.',
  'validate.account.client-secret.too-long': 'Das OAuth-Client-Secret hat höchstens {max} Zeichen.',
  'validate.email.empty': 'Geben Sie eine E-Mail-Adresse ein.',
  'validate.email.too-long': 'Eine E-Mail-Adresse hat höchstens {max} Zeichen.',
  'validate.email.form': 'Das ist keine E-Mail-Adresse (name@example.com).',
  'validate.otp.form': 'Geben Sie den 6-stelligen Einmalcode aus Ihrer Authenticator-App ein.',
  'security.unknown': 'Unbekannter Sicherheitstyp',
  'security.unknown-value': 'Unbekannter Sicherheitstyp ({value})',
  'security.open': 'Offen',
  'security.enterprise': 'Enterprise',
  'security.wep':
    '{shared, select, yes {WEP (Shared Key)} other {WEP}}{wps, select, yes {, WPS} other {}}{adHoc, select, yes {, Ad-hoc} other {}}',
  'security.wpa':
    '{family} {mode, select, enterprise {Enterprise} other {Personal}}{ciphers}{wps, select, yes {, WPS} other {}}{adHoc, select, yes {, Ad-hoc} other {}}',
  'security.eap.peap': 'PEAP (MSCHAPv2)',
  'security.eap.tls': 'EAP-TLS',
  'security.eap.other': 'EAP-Methode {value}',
};
