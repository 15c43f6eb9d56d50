import type { AreaTexts } from '../define';
import type { EN_SOFTAP } from '../en/softap';

export const DE_SOFTAP: AreaTexts<typeof EN_SOFTAP> = {
  'softap.doing.version': 'beim Abfragen seiner Protokollversion',
  'softap.doing.device-id': 'beim Auslesen seiner Geräte-ID',
  'softap.doing.scan-ap': 'bei der Suche nach WLAN-Netzen',
  'softap.doing.public-key': 'beim Auslesen seines öffentlichen Schlüssels',
  'softap.doing.set': 'beim Speichern des Claim-Codes',
  'softap.doing.configure-ap': 'beim Speichern der WLAN-Einstellungen',
  'softap.doing.connect-ap': 'bei der Anweisung, sich mit dem WLAN zu verbinden',
  'softap.done.version': 'Der Photon hat geantwortet.',
  'softap.done.device-id': 'Der Photon hat seine Geräte-ID gesendet.',
  'softap.done.scan-ap': 'Der Photon hat die WLAN-Netze aufgelistet, die er sieht.',
  'softap.done.public-key': 'Der Photon hat seinen öffentlichen Schlüssel gesendet.',
  'softap.done.set': 'Der Photon hat den Claim-Code gespeichert.',
  'softap.done.configure-ap': 'Der Photon hat die WLAN-Einstellungen gespeichert.',
  'softap.done.connect-ap':
    'Der Photon verbindet sich mit dem WLAN. Achten Sie darauf, dass er erst grün und dann cyan blinkt.',
  'softap.after.seconds': '{seconds} s',
  'softap.after.ms': '{ms} ms',
  'softap.scan-unreadable.ssid-too-long':
    'Ein Netzwerkname in der Liste ist länger als 32 Bytes. So etwas sendet kein Photon, die Antwort stammt also nicht von einem Photon. Prüfen Sie, ob dieser Computer mit dem eigenen WLAN des Photon (Photon-…) verbunden ist und nicht mit einem anderen Netzwerk.',
  'softap.scan-unreadable.not-a-scan':
    'Die Netzwerkliste hat nicht das Format, in dem ein Photon sie schreibt. Prüfen Sie, ob dieser Computer mit dem eigenen WLAN des Photon (Photon-…) verbunden ist und nicht mit einem anderen Netzwerk.',
  'softap.scan-unreadable.cut-short':
    'Die Netzwerkliste des Photon kam unvollständig an. Suchen Sie erneut; wenn das wiederholt passiert, geben Sie das Netzwerk mit Sicherheitstyp und Kanal von Hand ein.',
  'softap.error.no-public-key':
    'Der Photon meldet, dass er keinen öffentlichen Schlüssel hat, daher kann das WLAN-Passwort nicht verschlüsselt werden. Richten Sie ihn über USB ein und prüfen Sie seine Schlüssel (particle keys doctor).',
  'softap.error.claim-code-refused':
    'Der Photon hat den Claim-Code abgelehnt (Code {code}). Erstellen Sie einen neuen Claim-Code und versuchen Sie es erneut.',
  'softap.error.enterprise-refused':
    'Der Photon hat die Enterprise-Zugangsdaten abgelehnt (Code 1). Prüfen Sie die EAP-Methode, die Identitäten und die Zertifikate.',
  'softap.error.device':
    'Der Photon hat {doing} den Fehler {code} gemeldet. Versuchen Sie es erneut; tritt der Fehler wieder auf, versetzen Sie den Photon zurück in den Listening-Modus (SETUP gedrückt halten, bis er blau blinkt).',
  'softap.probably-connected':
    'Der Photon hat sein Einrichtungsnetzwerk geschlossen – das tut er, wenn er beginnt, sich mit dem WLAN zu verbinden. Achten Sie darauf, dass er erst grün und dann cyan blinkt.',
  'softap.network-not-visible':
    'Der Photon kann dieses WLAN nicht sehen (Code -2). Es ist möglicherweise versteckt, sendet nur im 5-GHz-Band (der Photon hat ein 2,4-GHz-Funkmodul) oder ist außer Reichweite. Gehen Sie näher heran, aktivieren Sie 2,4 GHz oder richten Sie den Photon über USB ein.',
  'softap.ssid-rejected':
    'Der Photon hat den Netzwerknamen abgelehnt (Code -3): Er muss 1 bis 32 Bytes lang sein. Prüfen Sie den Namen und versuchen Sie es erneut.',
  'softap.password-length':
    'Der Photon hat die Passwortlänge abgelehnt (Code -4): WPA-Passwörter haben 8 bis 63 Zeichen oder 64 Hexadezimalziffern, WEP-Schlüssel 5 oder 13 Zeichen.',
  'softap.key-problem':
    'Der Photon konnte das Passwort nicht entschlüsseln (Code {code}). Photon Setup ruft seinen Schlüssel erneut ab und versucht es noch einmal; tritt der Fehler wieder auf, setzen Sie den Photon zurück (möglicherweise ist sein Speicher knapp).',
  'softap.rejected':
    'Der Photon hat die Anfrage {doing} abgelehnt (er hat mit nichts geantwortet). Prüfen Sie, ob es sich um einen Photon oder P1 mit passender Firmware im Listening-Modus handelt, und versuchen Sie es dann erneut.',
  'softap.timeout.connect':
    'Der Photon hat {doing} nicht innerhalb von {after} eine Verbindung angenommen. Prüfen Sie, ob dieser Computer noch mit dem WLAN des Photon (Photon-…) verbunden ist und die LED blau blinkt.',
  'softap.timeout.reply':
    'Der Photon hat {doing} nicht innerhalb von {after} geantwortet. Prüfen Sie, ob er noch blau blinkt und dieser Computer mit seinem WLAN verbunden ist, und versuchen Sie es dann erneut.',
  'softap.scan-stuck':
    'Der Photon hat mitten in seiner WLAN-Suche aufgehört zu antworten (seit {after} nichts mehr). In einem Raum mit vielen Netzwerken kann seine Suche hängen bleiben; er antwortet dann nicht mehr, bis er den Listening-Modus verlässt, daher hilft erneutes Nachfragen nicht. Drücken Sie RESET, halten Sie dann SETUP gedrückt, bis er dunkelblau blinkt, und beginnen Sie von vorn; bei einem gespeicherten Netzwerk mit Kanal entfällt die Suche.',
  'softap.enterprise-unsupported':
    'Der Photon hat auf die WPA-Enterprise-Einstellungen mit nichts geantwortet. So verhält sich Device OS vor Version 0.7.0: WPA Enterprise erfordert Device OS 0.7.0 oder neuer. Aktualisieren Sie den Photon über USB (particle update) oder wählen Sie ein WPA2-Personal-Netzwerk.',
  'softap.enterprise-unanswered':
    'Der Photon hat auf die per HTTP gesendeten WPA-Enterprise-Einstellungen nicht innerhalb von {after} geantwortet. Device OS vor Version 0.7.0 beantwortet sie dort nie, denn WPA Enterprise erfordert Device OS 0.7.0 oder neuer: Aktualisieren Sie den Photon über USB (particle update). Senden Sie sie bei neuerer Firmware stattdessen per TCP (die Standardübertragung).',
  'softap.malformed':
    'Die Antwort des Photon {doing} entsprach nicht dem, was ein Photon sendet. Prüfen Sie, ob dieser Computer mit dem eigenen WLAN des Photon verbunden ist und nicht mit einem anderen Netzwerk.',
  'softap.http-busy':
    'Der Photon ist mit anderen Verbindungen ausgelastet (HTTP 503). Warten Sie einen Moment und versuchen Sie es erneut.',
  'softap.http-error':
    'Der Photon hat {doing} mit HTTP {status} geantwortet. Prüfen Sie, ob dieser Computer mit dem WLAN des Photon verbunden ist und nicht mit einem anderen Netzwerk.',
  'softap.connection.refused':
    'Am Einrichtungsport des Photon hat {doing} nichts geantwortet. Prüfen Sie, ob die LED blau blinkt (Listening-Modus) und dieser Computer mit seinem WLAN verbunden ist.',
  'softap.connection.unreachable':
    'Der Photon war {doing} nicht erreichbar. Verbinden Sie diesen Computer mit dem WLAN des Photon (Photon-…) und versuchen Sie es erneut.',
  'softap.connection.reset':
    'Die Verbindung zum Photon ist {doing} abgebrochen. Prüfen Sie, ob dieser Computer noch mit seinem WLAN verbunden ist, und versuchen Sie es erneut.',
  'softap.invalid-key':
    'Der öffentliche Schlüssel des Photon konnte nicht gelesen werden, daher kann das Passwort nicht verschlüsselt werden. Versuchen Sie es erneut; tritt der Fehler wieder auf, richten Sie den Photon über USB ein.',
  'softap.password-unencryptable':
    'Das Passwort kann für den Photon nicht verschlüsselt werden; prüfen Sie seine Länge.',
};
