import type { AreaTexts } from '../define';
import type { EN_OUTCOME } from '../en/outcome';

export const DE_OUTCOME: AreaTexts<typeof EN_OUTCOME> = {
  'outcome.success.title': 'Online und zugeordnet',
  'outcome.online-not-claimed.title': 'Online, aber nicht zugeordnet',
  'outcome.configured-not-online.title': 'Konfiguriert, aber nicht online erkannt',
  'outcome.credentials-rejected.title': 'Das WLAN-Passwort wurde nicht akzeptiert',
  'outcome.network-not-visible.title': 'Das Gerät sieht dieses WLAN nicht',
  'outcome.configure-rejected.title': 'Das Gerät hat die WLAN-Einstellungen abgelehnt',
  'outcome.lost-device.title': 'Verbindung zum Gerät verloren',
  'outcome.scan-stuck.title': 'Die WLAN-Suche des Geräts ist hängen geblieben',
  'outcome.host-wifi-problem.title': 'Dieser Computer konnte das WLAN des Geräts nicht nutzen',
  'outcome.cloud-error.title': 'Die Particle Cloud hat ein Problem gemeldet',
  'outcome.wifi-not-restored.title': 'Verbinden Sie sich wieder mit Ihrem WLAN',
  'outcome.label-mismatch.title': 'Das Etikett gehört nicht zu diesem Photon',
  'outcome.identity-not-confirmed.title': 'Nicht als das Gerät in der Hand bestätigt',
  'outcome.cancelled.title': 'Abgebrochen',
  'outcome.interrupted.title': 'Unterbrochen',
  'outcome.success.sentence': 'Gerät {deviceId} ist online und gehört {owner}.',
  'outcome.owner.customer': 'dem Kunden {email}',
  'outcome.online-not-claimed.sentence.owned-by-other':
    'Gerät {deviceId} ist online, gehört aber zu einem anderen Konto. Geben Sie es zuerst frei (Rücksendungen) und richten Sie es dann erneut ein.',
  'outcome.online-not-claimed.sentence':
    'Gerät {deviceId} ist online, aber die Cloud hat seinen Claim-Code nicht angenommen (abgelaufen oder bereits verwendet). Richten Sie es erneut ein, um einen neuen Code zu senden.',
  'outcome.configured-not-online.sentence':
    'Gerät {deviceId} hat die WLAN-Einstellungen übernommen, ist aber nicht innerhalb von {seconds} s online gegangen. Sehen Sie sich die LED an: Die Farbe zeigt, wo es hängen geblieben ist.',
  'outcome.credentials-rejected.sentence':
    'Gerät {deviceId} konnte sich nicht mit „{ssid}“ verbinden und ist in den Listening-Modus zurückgekehrt. Prüfen Sie das Passwort und den Sicherheitstyp und versuchen Sie es dann erneut.',
  'outcome.network-not-visible.sentence':
    'Der Photon sieht „{ssid}“ nicht. Er sieht nur 2,4-GHz-WLANs; versteckte WLANs und solche außer Reichweite funktionieren ebenfalls nicht. Wählen Sie ein anderes WLAN oder verringern Sie den Abstand zum Router.',
  'outcome.lost-device.sentence':
    'Das Gerät hat {phase} nicht mehr geantwortet. Prüfen Sie, ob es noch dunkelblau blinkt und sich nahe bei diesem Computer befindet, und versuchen Sie es dann erneut.',
  'outcome.scan-stuck.sentence':
    'Der Photon hat mitten in seiner WLAN-Suche nicht mehr geantwortet. Das passiert in Räumen mit vielen WLANs; er bleibt hängen, bis er den Listening-Modus verlässt, daher hilft ein erneuter Versuch im jetzigen Zustand nicht. Drücken Sie RESET, halten Sie dann SETUP gedrückt, bis er dunkelblau blinkt, und richten Sie ihn erneut ein. Ein gespeichertes WLAN mit Kanalangabe überspringt die Suche.',
  'outcome.cloud-error.sentence': '{problem} ({phase}).',
  'outcome.wifi-not-restored.sentence':
    'Photon Setup konnte diesen Computer nicht wieder mit „{network}“ verbinden. Verbinden Sie ihn über das WLAN-Menü des Systems und prüfen Sie dann das Ergebnis des Geräts im Verlauf.',
  'outcome.label-mismatch.sentence':
    'Das Etikett nennt {labelId}, dieser Photon ist aber {deviceId}. Keines der beiden Geräte wurde zugeordnet oder importiert. Scannen Sie das Etikett des Geräts in Ihrer Hand oder legen Sie dieses Gerät beiseite.',
  'outcome.identity-not-confirmed.sentence.denied':
    'Gerät {deviceId} ist online und zugeordnet, aber laut Bediener ist das Gerät in der Hand nicht das, das in Regenbogenfarben blinkt. Suchen Sie das Gerät, das cyan atmet, und prüfen Sie sein Etikett, bevor es versendet wird.',
  'outcome.identity-not-confirmed.sentence.no-answer':
    'Gerät {deviceId} ist online und zugeordnet, aber niemand hat rechtzeitig bestätigt, dass das Gerät in der Hand in Regenbogenfarben geblinkt hat. Suchen Sie das Gerät, das cyan atmet, und prüfen Sie sein Etikett, bevor es versendet wird.',
  'outcome.identity-not-confirmed.sentence.signal-failed':
    'Gerät {deviceId} ist online und zugeordnet, aber die Cloud konnte es zur Prüfung nicht in Regenbogenfarben blinken lassen. Suchen Sie das Gerät, das cyan atmet, und prüfen Sie sein Etikett, bevor es versendet wird.',
  'outcome.cancelled.sentence':
    'Die Einrichtung wurde {phase} abgebrochen. An das Gerät wird nichts weiter gesendet.',
  'outcome.interrupted.sentence':
    'Photon Setup wurde {phase} beendet und hat beim nächsten Start das WLAN dieses Computers wiederhergestellt. Richten Sie das Gerät erneut ein.',
  'outcome.interrupted.sentence.device':
    'Photon Setup wurde {phase} beendet (Gerät {deviceId}) und hat beim nächsten Start das WLAN dieses Computers wiederhergestellt. Richten Sie das Gerät erneut ein.',
  'outcome.wifi-not-restored.sentence.unnamed':
    'Photon Setup konnte diesen Computer nicht wieder mit Ihrem üblichen WLAN verbinden. Verbinden Sie ihn über das WLAN-Menü des Systems und prüfen Sie dann das Ergebnis des Geräts im Verlauf.',
};
