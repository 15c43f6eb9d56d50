import type { AreaTexts } from '../define';
import type { EN_RUN } from '../en/run';

export const DE_RUN: AreaTexts<typeof EN_RUN> = {
  'phase.prepare.label': 'Mit der Cloud vorbereiten',
  'phase.find.label': 'Gerät finden',
  'phase.join.label': 'Mit dem WLAN des Geräts verbinden',
  'phase.talk.label': 'Mit dem Gerät kommunizieren',
  'phase.configure.label': 'WLAN-Einstellungen senden',
  'phase.connect.label': 'Gerät zum Verbinden auffordern',
  'phase.restore.label': 'Zum WLAN dieses Computers zurückkehren',
  'phase.verify.label': 'Mit der Cloud abgleichen',
  'phase.prepare.while': 'bei der Vorbereitung mit der Cloud',
  'phase.find.while': 'bei der Suche nach dem Gerät',
  'phase.join.while': 'beim Verbinden mit dem WLAN des Geräts',
  'phase.talk.while': 'bei der Kommunikation mit dem Gerät',
  'phase.configure.while': 'beim Senden der WLAN-Einstellungen',
  'phase.connect.while': 'beim Auffordern des Geräts zum Verbinden',
  'phase.restore.while': 'bei der Rückkehr dieses Computers in sein WLAN',
  'phase.verify.while': 'beim Abgleich mit der Cloud',
  'run.sign-in.expired':
    'Ihre Particle-Anmeldung ist abgelaufen. Melden Sie sich erneut an und starten Sie dann die Einrichtung.',
  'run.sign-in.expiring':
    'Ihre Particle-Anmeldung endet in {minutes} min – zu früh für eine Einrichtung. Melden Sie sich erneut an und starten Sie dann.',
  'run.profile-and-network':
    'Wählen Sie ein gespeichertes WLAN oder geben Sie eines ein, nicht beides.',
  'run.gone': 'Diese Einrichtung läuft nicht mehr.',
  'run.not-waiting': 'Diese Einrichtung wartet nicht auf eine WLAN-Auswahl.',
  'run.rescan-not-waiting': 'Das Gerät kann nur erneut suchen, während ein WLAN ausgewählt wird.',
  'run.ssid-bytes-mismatch':
    'Der WLAN-Name stimmt nicht mit den Bytes überein, die der Photon dafür gemeldet hat. Wählen Sie das WLAN erneut aus der Liste.',
  'run.internal-step': 'Photon Setup ist bei diesem Schritt auf ein internes Problem gestoßen.',
  'run.import.nonmember':
    'Gerät {deviceId} kann nicht zum Produkt hinzugefügt werden: Es gehört einem Entwickler außerhalb des Produktteams.',
  'run.import.protected':
    'Gerät {deviceId} kann nicht zum Produkt hinzugefügt werden: Der Geräteschutz ist aktiviert.',
  'run.import.invalid':
    'Gerät {deviceId} kann nicht zum Produkt hinzugefügt werden: Die Cloud kennt diese ID nicht, oder das Gerät gehört zu einem anderen Produkt bzw. einer anderen Plattform.',
  'run.import.not-added':
    'Gerät {deviceId} kann nicht zum Produkt hinzugefügt werden: Die Cloud hat es nicht als hinzugefügt aufgeführt.',
  'run.verify.online-unclaimed': 'Online; warten, bis die Cloud die Zuordnung erfasst hat.',
  'run.verify.stale':
    'Die Cloud führt das Gerät noch mit dem Stand von vor der Einrichtung; warten auf seine neue Verbindung.',
  'run.verify.waiting': 'Warten, bis das Gerät online ist.',
  'run.verify.start': 'Warten, bis das Gerät die Cloud erreicht.',
  'run.led.cloud-announced': 'Die Cloud hat das Gerät als online gemeldet.',
  'run.led.cloud-reports': 'Die Cloud meldet das Gerät als online.',
  'run.led.ap-back': 'Sein Einrichtungs-WLAN ist wieder da: Es ist erneut im Listening-Modus.',
  'run.led.ap-back.named': 'Sein WLAN {ssid} ist wieder da: Es ist erneut im Listening-Modus.',
  'run.led.left-listening':
    'Das Gerät hat den Listening-Modus verlassen, um sich mit dem WLAN zu verbinden: Es blinkt grün.',
  'run.led.answered': 'Das Gerät hat in seinem Einrichtungs-WLAN geantwortet.',
  'run.led.should-join':
    'Es sollte sich jetzt mit dem WLAN verbinden und dann die Cloud erreichen.',
  'run.led.not-seen': 'Nicht online erkannt: Die Farbe der LED zeigt, wo es hängen geblieben ist.',
  'run.led.put-listening': 'Versetzen Sie den Photon in den Listening-Modus (blinkt dunkelblau).',
  'run.led.offers-network': 'Der Photon bietet sein WLAN nur an, solange er dunkelblau blinkt.',
  'run.prepare.start':
    'Alles Nötige wird von der Cloud geholt, solange dieser Computer online ist.',
  'run.prepare.sign-in': 'Die Particle-Anmeldung wird geprüft.',
  'run.prepare.claim-code': 'Ein Claim-Code wird erstellt.',
  'run.prepare.customer-token': 'Ein Token für den Kunden {email} wird abgerufen.',
  'run.prepare.product-claim-code': 'Ein Produkt-Claim-Code wird erstellt.',
  'run.import.adding': 'Gerät {deviceId} wird zum Produkt hinzugefügt.',
  'run.configure.sending': 'Die Einstellungen für „{ssid}“ werden gesendet.',
  'run.connect.telling': 'Das Gerät wird aufgefordert, sich mit dem WLAN zu verbinden.',
  'run.identify.reading': 'Die Geräte-ID wird ausgelesen.',
  'run.label-mismatch': 'Das Etikett nennt {labelId}, dieser Photon ist aber {deviceId}.',
  'run.talk.public-key': 'Der öffentliche Schlüssel wird ausgelesen.',
  'run.talk.claim-code': 'Der Claim-Code wird gespeichert.',
  'run.scan.asking': 'Das Gerät wird gefragt, welche WLANs es sieht.',
  'run.scan.again': 'Es wird erneut gesucht.',
  'run.choose.ask': 'Wählen Sie das WLAN für das Gerät.',
  'run.choose.timeout':
    'Niemand hat rechtzeitig ein WLAN gewählt, daher wurde die Einrichtung beendet.',
  'run.home.reconnecting': 'Dieser Computer verbindet sich wieder mit seinem üblichen WLAN.',
  'run.home.back': 'Dieser Computer ist wieder mit {network} verbunden.',
  'run.import-hop': 'Kurz wieder online, um das Gerät zum Produkt hinzuzufügen.',
  'run.resume':
    'Nach einem Neustart wird ein Gerät erneut geprüft, das vor dem Neustart eingerichtet wurde.',
  'run.confirm.ask': 'Blinkt das Gerät in Ihrer Hand in Regenbogenfarben?',
  'run.confirm.confirmed': 'Bestätigt: Das Gerät in der Hand hat in Regenbogenfarben geblinkt.',
  'run.find.looking': 'Suche nach einem WLAN „{stem}-…“.',
  'run.device-changed':
    'Beim zweiten Kontakt hat ein anderes Gerät ({deviceId}) geantwortet. Richten Sie immer nur einen Photon gleichzeitig ein.',
  'run.no-endpoint': 'Es wurde kein Weg konfiguriert, um das Gerät zu erreichen.',
};
