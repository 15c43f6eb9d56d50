import type { AreaTexts } from '../define';
import type { EN_CORE } from '../en/core';

export const DE_CORE: AreaTexts<typeof EN_CORE> = {
  'core.internal':
    'Photon Setup ist auf ein internes Problem gestoßen ({kind}). Starten Sie die App neu, wenn es bleibt.',
  'core.unknown-channel': 'Photon Setup kennt keine Anfrage namens {channel}.',
  'core.invalid-argument': 'Ungültige Anfrage an {channel}: {problem}',
  'core.cancelled': 'Abgebrochen.',
  'core.forbidden': 'Diese Anfrage kam nicht aus dem Fenster von Photon Setup und wurde abgelehnt.',
  'core.disconnected':
    'Die Verbindung zu Photon Setup wurde unterbrochen. Starten Sie Photon Setup neu und laden Sie diese Seite neu.',
  'core.not-connected': 'Photon Setup ist nicht verbunden. Laden Sie diese Seite neu.',
  'core.busy':
    'Photon Setup ist gerade mit {activity} beschäftigt. Warten Sie, bis der Vorgang abgeschlossen ist, und versuchen Sie es dann erneut.',
  'core.activity.searching': 'der Suche nach Photons',
  'core.activity.next-photon': 'der Suche nach dem nächsten Photon',
  'core.activity.setting-up': 'der Einrichtung von {ssid}',
  'core.activity.setting-up-device': 'der Einrichtung eines Geräts',
  'core.activity.reading-id': 'dem Auslesen der ID von {ssid}',
  'core.station-first':
    'Stoppen Sie zuerst die Station (Station → Stoppen) und versuchen Sie es dann erneut.',
  'core.station-running':
    'Die Station läuft. Stoppen Sie sie (Station → Stoppen), um ein einzelnes Gerät einzurichten oder auszulesen.',
  'core.no-system-settings':
    'Photon Setup kann die Systemeinstellungen von hier aus nicht öffnen. Öffnen Sie die Einstellungen für Ortungsdienste (macOS) bzw. Standort (Windows) selbst in den Systemeinstellungen.',
  'core.no-wifi-control':
    'Photon Setup kann das WLAN dieses Computers nicht steuern. Verbinden Sie den Computer selbst mit dem WLAN des Photon.',
  'core.account.no-mfa':
    'Es gibt keine Anmeldung, die auf einen Einmalcode wartet. Melden Sie sich erneut an.',
  'core.account.not-product':
    'Nur eine Produktverbindung hat Kunden. Melden Sie sich stattdessen mit dem Konto des künftigen Besitzers an.',
  'core.account.signed-out':
    'Melden Sie sich bei Particle an (oder verbinden Sie ein Produkt), bevor Sie ein Gerät einrichten.',
  'core.profile.gone':
    'Dieses gespeicherte WLAN gibt es nicht mehr. Wählen Sie das WLAN erneut aus.',
  'core.profile.secret-missing':
    'Die gespeicherten Zugangsdaten für „{ssid}“ sind in dieser Sitzung nicht verfügbar. Wählen Sie das WLAN erneut aus und geben Sie sie ein.',
  'core.data-dir.busy':
    'Eine andere Instanz von Photon Setup verwendet den Datenordner {dir}. Schließen Sie diese zuerst oder starten Sie diese Instanz mit einem anderen Datenordner.',
  'core.data-dir.busy.named':
    'Eine andere Instanz von Photon Setup ({host}, Prozess {pid}, gestartet am {startedAt, date, medium} um {startedAt, time, short}) verwendet den Datenordner {dir}. Schließen Sie diese zuerst oder starten Sie diese Instanz mit einem anderen Datenordner.',
  'core.host.desktop': 'die Desktop-App',
  'core.host.web': 'der Web-Host',
  'core.host.cli': 'die Kommandozeile',
  'core.update.download.message': 'Photon Setup {version} ist verfügbar.',
  'core.update.download.detail':
    'Es enthält die neuesten Korrekturen, darunter Sicherheitskorrekturen. Jetzt herunterladen? Die Einrichtung läuft während des Downloads weiter.',
  'core.update.download.yes': 'Herunterladen',
  'core.update.install.message': 'Photon Setup {version} ist bereit zur Installation.',
  'core.update.install.detail':
    'Jetzt neu starten, um es zu installieren? Es läuft keine Einrichtung; die App öffnet sich nach dem Update wieder.',
  'core.update.install.yes': 'Neu starten und installieren',
  'core.update.later': 'Später',
  'core.start-failed.title': 'Photon Setup kann nicht starten',
  'core.start-failed.internal': 'Ein interner Fehler hat den Start verhindert.',
  'core.data-dir.unwritable':
    'Photon Setup kann nicht in seinen Datenordner {dir} schreiben ({reason}). Korrigieren Sie die Berechtigungen des Ordners oder starten Sie Photon Setup mit einem anderen Datenordner.',
  'core.data-dir.reason.denied': 'Zugriff verweigert',
  'core.data-dir.reason.read-only': 'der Datenträger ist schreibgeschützt',
  'core.data-dir.reason.full': 'der Datenträger ist voll',
  'core.data-dir.reason.quota': 'das Speicherkontingent ist aufgebraucht',
  'core.data-dir.reason.not-a-folder': 'ein Teil dieses Pfads ist eine Datei, kein Ordner',
  'core.data-dir.reason.in-the-way': 'eine gleichnamige Datei ist im Weg',
  'core.data-dir.reason.other': 'der Ordner ist nicht beschreibbar',
  'core.secrets.locked':
    'Die gespeicherten Zugangsdaten „{name}“ lassen sich nicht mehr entsperren (Schlüsselbund oder Schlüsseldatei haben sich geändert). Geben Sie sie erneut ein.',
  'core.secrets.no-keychain':
    'Dieser Computer bietet keinen Schlüsselbund zum Schutz gespeicherter Zugangsdaten. Zugangsdaten werden nicht gespeichert; geben Sie sie in jeder Sitzung neu ein.',
  'core.secrets.no-keyring':
    'Es ist kein Desktop-Schlüsselbund entsperrt (GNOME Keyring oder KWallet), daher können Zugangsdaten nicht sicher gespeichert werden. Entsperren oder installieren Sie einen, oder geben Sie Zugangsdaten in jeder Sitzung neu ein.',
  'core.secrets.bad-key-file':
    'Die Schlüsseldatei {path} ist kein Schlüssel von Photon Setup (erwartet: {bytes} Byte in Base64).',
};
