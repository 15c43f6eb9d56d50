import type { AreaTexts } from '../define';
import type { EN_WIFI } from '../en/wifi';

export const DE_WIFI: AreaTexts<typeof EN_WIFI> = {
  'wifi.session.cap': 'Der WLAN-Schritt hat länger als {seconds} s gedauert und wurde abgebrochen.',
  'wifi.preflight.checking': 'Das WLAN dieses Computers wird geprüft.',
  'wifi.preflight.timeout': 'Die Prüfung des WLANs dieses Computers hat zu lange gedauert.',
  'wifi.preflight.second-link':
    'Eine weitere Netzwerkverbindung bleibt bestehen, daher ist das Internet während der Einrichtung weiterhin erreichbar.',
  'wifi.preflight.offline': 'Dieser Computer ist offline, solange er mit dem Photon kommuniziert.',
  'wifi.location.unanswered':
    'Die Frage nach dem Standortzugriff wurde nicht rechtzeitig beantwortet.',
  'wifi.choose.pick': '{count} Photons sind in Reichweite; wählen Sie einen aus.',
  'wifi.choose.list': '{count} Photons sind in Reichweite ({names}); wählen Sie einen aus.',
  'wifi.choose.not-found': 'Das gewählte Netzwerk gehört zu keinem der gefundenen Photons.',
  'wifi.manual.ask':
    'Verbinden Sie sich jetzt über das WLAN-Menü des Systems mit dem WLAN {stem}-…; Photon Setup fährt fort, sobald der Photon antwortet.',
  'wifi.manual.try-again':
    'Verbinden Sie sich über das WLAN-Menü des Systems mit dem WLAN {stem}-… und klicken Sie dann auf „Erneut versuchen“.',
  'wifi.manual.not-joined':
    'Dieser Computer hat sich nicht innerhalb von {seconds} s mit einem Photon-WLAN verbunden. {then}',
  'wifi.join.joining': 'Verbindung mit {ssid} wird hergestellt.',
  'wifi.join.timeout': 'Das Verbinden mit {ssid} hat zu lange gedauert.',
  'wifi.join.did-not-stop': 'Der Verbindungsversuch wurde nicht rechtzeitig beendet.',
  'wifi.join.not-in-time': 'Der Computer hat sich nicht rechtzeitig mit {ssid} verbunden.',
  'wifi.join.waiting': 'Warten auf die Verbindung mit {ssid}.',
  'wifi.address.waiting': 'Warten auf eine Adresse vom Photon.',
  'wifi.address.none':
    'Der Photon hat diesem Computer nicht innerhalb von {seconds} s eine Adresse im Bereich 192.168.0.x zugewiesen. Prüfen Sie, ob der Photon noch dunkelblau blinkt, und versuchen Sie es dann erneut.',
  'wifi.address.wrong':
    'Der Photon hat diesem Computer nicht innerhalb von {seconds} s eine Adresse im Bereich 192.168.0.x zugewiesen (aktuelle Adresse: {address}). Prüfen Sie, ob der Photon noch dunkelblau blinkt, und versuchen Sie es dann erneut.',
  'wifi.route-clash':
    'Datenverkehr zum Photon ({address}) würde über {iface} statt über das WLAN laufen. Trennen oder deaktivieren Sie {iface} während der Einrichtung und versuchen Sie es dann erneut.',
  'wifi.subnet-clash':
    '{iface} hat bereits die Adresse {address} im Bereich 192.168.0.x des Photon. Trennen oder deaktivieren Sie {iface} während der Einrichtung und versuchen Sie es dann erneut.',
  'wifi.no-adapter':
    'Dieser Computer hat keinen eingeschalteten WLAN-Adapter. Schalten Sie das WLAN ein und versuchen Sie es dann erneut.',
  'wifi.device-silent':
    'Mit {ssid} verbunden, aber der Photon hat nicht geantwortet. Prüfen Sie, ob er noch dunkelblau blinkt, und versuchen Sie es dann erneut.',
  'wifi.device-silent.manual':
    'Mit dem Photon-WLAN verbunden, aber der Photon hat nicht geantwortet. Prüfen Sie, ob er noch dunkelblau blinkt, und versuchen Sie es dann erneut.',
  'wifi.probe.timeout': 'Die Abfrage des Geräts wurde nicht abgeschlossen.',
  'wifi.connected': 'Mit dem Photon {deviceId} verbunden.',
  'wifi.connected.route-moved':
    'Die Internetroute führt jetzt über das Netzwerk des Photon; dieser Computer ist daher offline, solange er mit dem Photon kommuniziert.',
  'wifi.dropped.rejoining':
    'Die WLAN-Verbindung zu {ssid} wurde getrennt; sie wird neu hergestellt.',
  'wifi.dropped':
    'Der Computer hat während der Einrichtung die WLAN-Verbindung zum Photon verloren. Prüfen Sie, ob der Photon noch dunkelblau blinkt, und versuchen Sie es dann erneut.',
  'wifi.dropped.named':
    'Der Computer hat während der Einrichtung die WLAN-Verbindung zum Photon ({ssid}) verloren. Prüfen Sie, ob der Photon noch dunkelblau blinkt, und versuchen Sie es dann erneut.',
  'wifi.restore.restoring': 'Der Computer wird wieder mit seinem vorherigen WLAN verbunden.',
  'wifi.restore.left':
    'Das Photon-WLAN wurde verlassen; der Computer verbindet sich wieder mit seinem üblichen Netzwerk.',
  'wifi.restore.back': 'Der Computer ist wieder mit {network} verbunden.',
  'wifi.not-restored':
    'WLAN des Computers nicht wiederhergestellt: Wechseln Sie selbst über das Systemmenü zurück zu Ihrem üblichen WLAN.',
  'wifi.not-restored.named':
    'WLAN des Computers nicht wiederhergestellt: Verbinden Sie sich selbst über das Systemmenü wieder mit {network}.',
  'wifi.location.mac':
    'macOS verbirgt die WLAN-Namen vor Photon Setup. Öffnen Sie Systemeinstellungen → Datenschutz & Sicherheit → Ortungsdienste, erlauben Sie dort Photon Setup und versuchen Sie es dann erneut – oder wählen Sie „Ich verbinde mich selbst, wenn ich dazu aufgefordert werde“ und verbinden Sie sich über das WLAN-Menü mit dem WLAN {prefix}…, sobald Photon Setup Sie dazu auffordert.',
  'wifi.location.windows':
    'Windows verbirgt die WLAN-Namen vor Photon Setup. Öffnen Sie Einstellungen → Datenschutz und Sicherheit → Standort, aktivieren Sie „Ortungsdienste“ und „Desktop-Apps den Zugriff auf Ihren Standort erlauben“ und versuchen Sie es dann erneut – oder wählen Sie „Ich verbinde mich selbst, wenn ich dazu aufgefordert werde“ und verbinden Sie sich über das WLAN-Menü mit dem WLAN {prefix}…, sobald Photon Setup Sie dazu auffordert.',
  'wifi.location.other':
    'Dieses System verbirgt die WLAN-Namen vor Photon Setup. Wählen Sie stattdessen „Ich verbinde mich selbst, wenn ich dazu aufgefordert werde“ und verbinden Sie sich über das WLAN-Menü mit dem WLAN {prefix}…, sobald Photon Setup Sie dazu auffordert.',
  'wifi.ssid.empty': 'Der Name des Photon-WLANs ist leer.',
  'wifi.ssid.control':
    'Dieser Netzwerkname enthält Steuerzeichen und kann daher nicht zu einem Photon gehören.',
  'wifi.ssid.too-long': 'Ein WLAN-Name hat höchstens {max} Bytes; {name} ist länger.',
  'wifi.ssid.metacharacters':
    'Das Netzwerk {name} enthält Zeichen, die ein Photon nie verwendet; Photon Setup verbindet sich nicht damit.',
  'wifi.ssid.not-photon':
    'Das Netzwerk {name} sieht nicht nach einem Photon aus (erwartet: {stem}-XXXXXX).',
  'wifi.unsafe-name.interface':
    'Der Name der WLAN-Schnittstelle kann nicht sicher an die WLAN-Werkzeuge übergeben werden.',
  'wifi.unsafe-name.profile':
    'Der Name des WLAN-Profils kann nicht sicher an die WLAN-Werkzeuge übergeben werden.',
  'wifi.unsafe-name.connection':
    'Der Verbindungsname kann nicht sicher an die WLAN-Werkzeuge übergeben werden.',
  'wifi.unsafe-name.network':
    'Der Netzwerkname kann nicht sicher an die WLAN-Werkzeuge übergeben werden.',
  'wifi.unsafe-name.user':
    'Der Benutzername kann nicht sicher an die WLAN-Werkzeuge übergeben werden.',
  'wifi.tool.not-found':
    '{tool} wurde nicht gefunden, daher kann Photon Setup das WLAN hier nicht steuern.',
  'wifi.tool.timeout': '{tool} hat nicht innerhalb von {seconds} s geantwortet.',
  'wifi.tool.not-run': '{tool} konnte nicht ausgeführt werden.',
  'wifi.tool.failed': '{tool} ist beim Versuch gescheitert, {task} (Exitcode {code}).',
  'wifi.task.read-state': 'den WLAN-Status zu lesen',
  'wifi.task.list-hardware': 'die Netzwerkhardware aufzulisten',
  'wifi.task.list-interfaces': 'die WLAN-Schnittstellen aufzulisten',
  'wifi.task.list-networks': 'die WLAN-Netze aufzulisten',
  'wifi.task.read-current': 'das aktuelle WLAN zu ermitteln',
  'wifi.task.rejoin-previous': 'sich wieder mit dem vorherigen Netzwerk zu verbinden',
  'wifi.task.remove-profile': 'das temporäre Photon-Profil zu entfernen',
  'wifi.task.list-devices': 'die Netzwerkgeräte aufzulisten',
  'wifi.task.scan': 'nach WLAN-Netzen zu suchen',
  'wifi.task.read-active': 'die aktive Verbindung zu ermitteln',
  'wifi.task.reconnect': 'das WLAN neu zu verbinden',
  'wifi.task.remove-preferred': 'den Photon aus den bevorzugten Netzwerken zu entfernen',
  'wifi.task.rejoin-without-password': 'sich ohne Passwort wieder mit einem Netzwerk zu verbinden',
  'wifi.task.remove-wifi-profile': 'ein WLAN-Profil zu entfernen',
  'wifi.task.turn-wifi': 'das WLAN {state, select, on {einzuschalten} other {auszuschalten}}',
  'wifi.task.join': 'sich mit {ssid} zu verbinden',
  'wifi.join.failed': 'Der Computer konnte sich nicht mit {ssid} verbinden.',
  'wifi.join.gone': 'Der Computer sieht {ssid} nicht mehr.',
  'wifi.join.unfinished':
    'Die Verbindung mit {ssid} wurde nicht innerhalb von {seconds} s hergestellt.',
  'wifi.join.late': 'Die Verbindung mit {ssid} wurde nicht rechtzeitig hergestellt.',
  'wifi.rejoin.timeout': 'Das vorherige WLAN war nicht rechtzeitig wieder verbunden.',
  'wifi.mac.off':
    'Das WLAN ist auf diesem Mac ausgeschaltet. Schalten Sie es über die Menüleiste ein und versuchen Sie es dann erneut.',
  'wifi.netsh.profile-refused':
    'Windows hat das Hinzufügen eines WLAN-Profils für {ssid} abgelehnt.',
  'wifi.nmcli.profile-refused':
    'NetworkManager hat das Anlegen eines Profils für {ssid} abgelehnt.',
  'wifi.node-wifi.unsupported':
    'Auf diesem System ist es Photon Setup mit node-wifi nicht möglich, {task}.',
  'wifi.node-wifi.failed': 'Photon Setup ist es nicht gelungen, {task}.',
  'wifi.route.ipv4-only': 'Photon Setup kann nur Routen zu IPv4-Adressen prüfen.',
  'wifi.no-backend': 'Auf diesem System steht kein WLAN-Backend für „{operation}“ zur Verfügung.',
  'wifi.unsupported-os': 'Photon Setup kann das WLAN nur unter Windows, macOS und Linux steuern.',
  'wifi.scan.failed': 'Die Suche nach WLAN-Netzen ist fehlgeschlagen.',
  'wifi.discover.looking':
    'Suche nach einem WLAN {stem}-…; versetzen Sie den Photon in den Listening-Modus (blinkt dunkelblau).',
  'wifi.discover.none':
    'Innerhalb von {seconds} s ist kein WLAN {stem}-… erschienen. Stellen Sie sicher, dass der Photon dunkelblau blinkt (SETUP 3 s gedrückt halten) und sich in der Nähe dieses Computers befindet, und versuchen Sie es dann erneut.',
  'wifi.replay.cleaned':
    'Photon Setup wurde während einer früheren Einrichtung beendet; dieser Computer war bereits wieder in seinem eigenen Netzwerk, daher wurde nur das temporäre Photon-Netzwerk entfernt.',
  'wifi.replay.restoring':
    'Photon Setup wurde beendet, während es mit einem Photon verbunden war; das WLAN wird wiederhergestellt.',
  'wifi.replay.restored': 'Das WLAN ist wieder mit dem vorherigen Netzwerk verbunden.',
  'wifi.radio-busy':
    'Eine andere Photon-Setup-Instanz verwendet das WLAN dieses Computers für eine Einrichtung. Warten Sie, bis sie fertig ist, und versuchen Sie es dann erneut.',
  'wifi.radio-busy.named':
    'Eine andere Photon-Setup-Instanz ({host}, Prozess {pid}) verwendet das WLAN dieses Computers für eine Einrichtung. Warten Sie, bis sie fertig ist, und versuchen Sie es dann erneut.',
  'wifi.home.usual-network': 'Ihr gewohntes WLAN',
  'wifi.home.on-photon':
    'Dieser Computer hat noch eine Adresse aus dem Netzwerk des Photon. Wählen Sie im WLAN-Menü des Systems {network} aus.',
  'wifi.home.offline':
    'Dieser Computer hat das Netzwerk des Photon verlassen, aber die Particle Cloud antwortet noch nicht. Wenn das WLAN-Menü nicht {network} anzeigt, verbinden Sie sich selbst damit.',
  'wifi.home.unknown':
    'Photon Setup kann nicht feststellen, ob dieser Computer wieder online ist. Prüfen Sie, ob das WLAN-Menü {network} anzeigt.',
  'wifi.sim.not-on-photon': 'Das simulierte WLAN ist nicht mit einem simulierten Photon verbunden.',
  'wifi.sim.scan-failed': 'Die simulierte Suche ist fehlgeschlagen.',
  'wifi.sim.rejoin-failed': 'Die simulierte Rückkehr zum vorherigen Netzwerk ist fehlgeschlagen.',
  'wifi.sim.forget-failed':
    'Das simulierte Entfernen des gespeicherten Netzwerks ist fehlgeschlagen.',
  'wifi.sim.reconnect-failed': 'Die simulierte Neuverbindung ist fehlgeschlagen.',
};
