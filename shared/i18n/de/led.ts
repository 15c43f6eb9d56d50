import type { AreaTexts } from '../define';
import type { EN_LED } from '../en/led';

export const DE_LED: AreaTexts<typeof EN_LED> = {
  'led.listening.label': 'Blinkt dunkelblau',
  'led.listening.meaning':
    'Listening-Modus: Der Photon bietet sein WLAN Photon-… an und wartet auf die Einrichtung.',
  'led.listening.advice':
    'Hier beginnt die Einrichtung. Wenn die LED etwas anderes zeigt, halten Sie SETUP etwa 3 Sekunden gedrückt, bis sie dunkelblau blinkt.',
  'led.wifi-joining.label': 'Blinkt grün',
  'led.wifi-joining.meaning': 'Der Photon verbindet sich mit dem WLAN, das ihm übergeben wurde.',
  'led.wifi-joining.advice':
    'Normalerweise einige Sekunden. Blinkt die LED länger als eine Minute grün, kann sich der Photon nicht verbinden: Prüfen Sie den WLAN-Namen, das Passwort und ob es ein 2,4-GHz-WLAN ist.',
  'led.dhcp.label': 'Blinkt schnell grün',
  'led.dhcp.meaning': 'Mit dem WLAN verbunden; fragt beim Router eine Adresse an (DHCP).',
  'led.dhcp.advice':
    'Bleibt die LED so, vergibt der Router keine Adresse: Prüfen Sie den DHCP-Pool, MAC-Filter oder ein Captive Portal.',
  'led.wifi-connected.label': 'Atmet grün',
  'led.wifi-connected.meaning': 'Im WLAN, aber nicht mit der Particle Cloud verbunden.',
  'led.wifi-connected.advice':
    'Kurz nach DHCP normal. Bleibt die LED so, hält die Firmware die Cloud-Verbindung aus (manueller Modus oder blockierender Code): Flashen Sie Tinker oder die Produkt-Firmware neu.',
  'led.cloud-connecting.label': 'Blinkt cyan',
  'led.cloud-connecting.meaning': 'Im WLAN mit Adresse; verbindet sich mit der Particle Cloud.',
  'led.cloud-connecting.advice':
    'Normalerweise einige Sekunden. Bleibt die LED so, blockiert das Netzwerk die Cloud (ausgehend UDP/TCP 5683 und 443): Wenden Sie sich an den Netzwerkadministrator.',
  'led.cloud-handshake.label': 'Blinkt schnell cyan',
  'led.cloud-handshake.meaning':
    'Mit der Cloud verbunden; Schlüssel werden ausgetauscht (Handshake).',
  'led.cloud-handshake.advice':
    'Dauert ein bis zwei Sekunden. Orangefarbene oder rote Blinkzeichen an dieser Stelle weisen auf ein Schlüssel- oder Serverproblem hin.',
  'led.connected.label': 'Atmet cyan',
  'led.connected.meaning': 'Online: mit der Particle Cloud verbunden.',
  'led.connected.advice': 'Fertig. Das Gerät ist im WLAN und über die Cloud erreichbar.',
  'led.ota-update.label': 'Blinkt magenta',
  'led.ota-update.meaning': 'Empfängt ein Firmware-Update drahtlos (OTA).',
  'led.ota-update.advice':
    'Bei der ersten Verbindung normal. Lassen Sie das Gerät eingeschaltet; es startet neu und atmet danach wieder cyan. Das kann einige Minuten dauern.',
  'led.clearing-credentials.label': 'Blinkt schnell blau',
  'led.clearing-credentials.meaning':
    'Löscht die gespeicherten WLAN-Zugangsdaten (SETUP etwa 10 Sekunden gedrückt gehalten).',
  'led.clearing-credentials.advice':
    'Lassen Sie SETUP los, sobald die LED schnell blinkt; danach blinkt sie wieder dunkelblau, ohne gespeicherte WLANs.',
  'led.wifi-idle.label': 'Atmet dunkelblau',
  'led.wifi-idle.meaning': 'WLAN-Modul eingeschaltet, aber mit keinem WLAN verbunden.',
  'led.wifi-idle.advice':
    'Versetzen Sie das Gerät wieder in den Listening-Modus (SETUP gedrückt halten, bis es dunkelblau blinkt) und führen Sie die Einrichtung erneut durch.',
  'led.cloud-unreachable-no-internet.label': 'Blinkt cyan mit 2 roten/orangefarbenen Blinkzeichen',
  'led.cloud-unreachable-no-internet.meaning':
    'Im WLAN, aber das Netzwerk hat keinen Internetzugang.',
  'led.cloud-unreachable-no-internet.advice':
    'Prüfen Sie, ob dieses WLAN ins Internet kommt (testen Sie es mit einem Laptop).',
  'led.cloud-unreachable.label': 'Blinkt cyan mit 3 orangefarbenen Blinkzeichen',
  'led.cloud-unreachable.meaning':
    'Das Internet funktioniert, aber die Particle Cloud ist nicht erreichbar (oder der Serverschlüssel ist falsch).',
  'led.cloud-unreachable.advice':
    'Möglicherweise blockiert eine Firewall die Particle Cloud. Ist das Netzwerk in Ordnung, müssen eventuell die Geräteschlüssel repariert werden (particle keys doctor).',
  'led.key-error.label': 'Cyan mit 1 orangefarbenen Blinkzeichen',
  'led.key-error.meaning':
    'Beim Cloud-Handshake schlug die Entschlüsselung fehl: ein Schlüsselproblem.',
  'led.key-error.advice':
    'Reparieren Sie die Geräteschlüssel per USB mit der Particle CLI (particle keys doctor).',
  'led.auth-error.label': 'Cyan mit 1 magentafarbenen Blinkzeichen',
  'led.auth-error.meaning': 'Die Cloud hat das Gerät abgewiesen (Authentifizierungsfehler).',
  'led.auth-error.advice':
    'Reparieren Sie die Geräteschlüssel (particle keys doctor) oder wenden Sie sich mit der Geräte-ID an den Particle-Support.',
  'led.handshake-error.label': 'Cyan mit 1 roten Blinkzeichen',
  'led.handshake-error.meaning': 'Ein allgemeiner Fehler beim Cloud-Handshake.',
  'led.handshake-error.advice':
    'Trennen Sie das Gerät kurz von der Stromversorgung. Wiederholt sich der Fehler, reparieren Sie die Schlüssel oder aktualisieren Sie Device OS per USB.',
  'led.firmware-crash.label': 'Rotes SOS-Muster',
  'led.firmware-crash.meaning':
    'Die Firmware ist abgestürzt (die Blinkzeichen nach SOS nennen den Grund; 8 bedeutet: kein Speicher mehr frei).',
  'led.firmware-crash.advice':
    'Flashen Sie per USB eine bewährte Firmware und führen Sie dann die Einrichtung erneut durch.',
  'led.safe-mode.label': 'Atmet magenta',
  'led.safe-mode.meaning': 'Abgesicherter Modus: online, aber die Benutzer-Firmware läuft nicht.',
  'led.safe-mode.advice':
    'Das Gerät ist erreichbar; flashen Sie eine Anwendungs-Firmware, um den abgesicherten Modus zu verlassen.',
  'led.off.label': 'Aus',
  'led.off.meaning': 'Keine Stromversorgung, oder die Firmware hat die LED ausgeschaltet.',
  'led.off.advice': 'Prüfen Sie das USB-Kabel und die Stromversorgung.',
};
