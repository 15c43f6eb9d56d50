import type { AreaTexts } from '../define';
import type { EN_SYSTEM } from '../en/system';

export const DE_SYSTEM: AreaTexts<typeof EN_SYSTEM> = {
  'system.replay.label': 'Frühere Sitzung',
  'system.replay.a-photon': 'einem Photon',
  'system.replay.corrupt':
    'Eine beschädigte WLAN-Wiederherstellungsnotiz aus einer früheren Sitzung wurde entfernt; es wurde nichts geändert.',
  'system.replay.corrupt.fix':
    'Wenn dieser Computer nicht mit seinem üblichen WLAN verbunden ist, verbinden Sie ihn über das WLAN-Menü des Systems.',
  'system.replay.deferred':
    'Photon Setup wurde während einer früheren Einrichtung beendet (verbunden mit {photon}), aber eine andere Photon-Setup-Instanz verwendet gerade das WLAN dieses Computers, daher wurde nichts geändert; der Durchlauf ist im Verlauf als unterbrochen vermerkt. Das WLAN wird vor der nächsten Einrichtung mit dieser Instanz oder bei ihrem nächsten Start wiederhergestellt.',
  'system.replay.cleaned':
    'Photon Setup wurde während einer früheren Einrichtung beendet (verbunden mit {photon}). Dieser Computer war bereits wieder in seinem eigenen Netzwerk, daher wurde nur das temporäre Photon-Netzwerk entfernt; der Durchlauf ist im Verlauf als unterbrochen vermerkt.',
  'system.replay.restored':
    'Photon Setup wurde beendet, während dieser Computer mit {photon} verbunden war; beim jetzigen Start wurde das WLAN wiederhergestellt. Der Durchlauf ist im Verlauf als unterbrochen vermerkt.',
  'system.replay.restored.named':
    'Photon Setup wurde beendet, während dieser Computer mit {photon} verbunden war; beim jetzigen Start wurde das WLAN wieder mit {network} verbunden. Der Durchlauf ist im Verlauf als unterbrochen vermerkt.',
  'system.replay.failed':
    'Photon Setup wurde beendet, während dieser Computer mit {photon} verbunden war, und konnte das WLAN nicht wiederherstellen.',
  'system.tool.nmcli.missing':
    'Installieren Sie NetworkManager (zum Beispiel `sudo apt install network-manager`) und lassen Sie ihn den WLAN-Adapter verwalten.',
  'system.tool.nmcli.broken':
    'Starten Sie NetworkManager (`sudo systemctl start NetworkManager`) und prüfen Sie, ob `nmcli --version` in einem Terminal funktioniert.',
  'system.tool.netsh.missing':
    'netsh ist Teil von Windows; prüfen Sie, ob C:\\Windows\\System32 im PATH enthalten ist.',
  'system.tool.netsh.broken':
    'Starten Sie den Dienst „Automatische WLAN-Konfiguration“ (WLAN AutoConfig, services.msc) und stellen Sie sicher, dass ein WLAN-Adapter aktiviert ist.',
  'system.tool.networksetup.missing':
    'networksetup ist Teil von macOS; prüfen Sie, ob /usr/sbin im PATH enthalten ist.',
  'system.tool.networksetup.broken':
    'Führen Sie `networksetup -listallhardwareports` im Terminal aus und beheben Sie, was es meldet.',
  'system.os.label': 'Betriebssystem',
  'system.os.unsupported': '{os} {release} wird nicht unterstützt.',
  'system.os.fix': 'Verwenden Sie Photon Setup unter Windows, macOS oder Linux.',
  'system.os.detail': '{os} {release} ({arch})',
  'system.simulation.label': 'Simulation',
  'system.simulation.detail':
    'Geräte, die Particle Cloud und das WLAN des Computers werden auf diesem Computer simuliert. Es werden keine echten Geräte oder Dienste kontaktiert.',
  'system.tool.label': 'WLAN-Steuerung',
  'system.tool.real.none': 'kein unterstütztes Werkzeug für dieses Betriebssystem',
  'system.tool.real.works': '{tool} funktioniert',
  'system.tool.real.not-found': '{tool} nicht gefunden',
  'system.tool.real.broken': '{tool} lässt sich nicht ausführen',
  'system.tool.simulated':
    'Das simulierte WLAN verbindet sich mit den simulierten Photons (echter Computer: {real}; hier nicht benötigt).',
  'system.tool.unknown-os': 'Für dieses Betriebssystem ist kein WLAN-Werkzeug bekannt.',
  'system.tool.missing':
    '{tool} wurde nicht gefunden, daher kann Photon Setup keine Verbindung mit dem WLAN des Photon herstellen.',
  'system.tool.broken':
    '{tool} wurde unter {path} gefunden, ließ sich aber nicht erfolgreich ausführen.',
  'system.tool.ready': '{tool} ist bereit.',
  'system.tool.ready.version': '{tool} ist bereit ({version}).',
  'system.backends.label': 'WLAN-Vorgänge',
  'system.backends.simulated':
    'Alle WLAN-Vorgänge (Suchen, Verbinden, Wiederverbinden, Vergessen) verwenden das simulierte Backend.',
  'system.backends.detail': '{toolLines}',
  'system.backends.one': '{backend}: {operations}',
  'system.operation.interfaces': 'WLAN-Adapter finden',
  'system.operation.scan': 'suchen',
  'system.operation.current': 'aktuelles WLAN lesen',
  'system.operation.join': 'verbinden',
  'system.operation.associated': 'Verbindung prüfen',
  'system.operation.rejoin': 'wieder verbinden',
  'system.operation.forget': 'vergessen',
  'system.operation.reconnect': 'neu verbinden',
  'system.ssids.label': 'Netzwerknamen',
  'system.ssids.readable':
    'Netzwerknamen sind lesbar, daher werden Photon-…-Netzwerke automatisch gefunden.',
  'system.location.ask': 'macOS um Zugriff auf die Ortungsdienste bitten',
  'system.location.open-mac': 'Einstellungen der Ortungsdienste öffnen',
  'system.location.open-settings': 'Standorteinstellungen öffnen',
  'system.location.hidden':
    'Das System verbirgt WLAN-Namen vor Photon Setup, solange es den Standort nicht verwenden darf.',
  'system.location.denied':
    'Das System verbirgt WLAN-Namen vor Photon Setup, solange es den Standort nicht verwenden darf. Der Standortzugriff für Photon Setup wurde deaktiviert.',
  'system.location.restricted':
    'Das System verbirgt WLAN-Namen vor Photon Setup, solange es den Standort nicht verwenden darf. Eine Geräterichtlinie verbietet Photon Setup die Verwendung des Standorts; wenden Sie sich an Ihren Administrator.',
  'system.location.mac-will-ask':
    'Das System verbirgt WLAN-Namen vor Photon Setup, solange es den Standort nicht verwenden darf. macOS fragt einmal nach; wählen Sie „Erlauben“.',
  'system.ssids.needs-location.fix':
    'Erlauben Sie Photon Setup den Standortzugriff, oder verbinden Sie sich selbst über das Systemmenü mit dem Photon-…-Netzwerk.',
  'system.ssids.no': 'Dieses System erlaubt Photon Setup nicht, WLAN-Namen zu lesen.',
  'system.ssids.no.fix':
    'Verbinden Sie sich selbst über das WLAN-Menü des Systems mit dem Photon-…-Netzwerk und fahren Sie dann fort.',
  'system.ssids.unknown': 'Es konnte nicht geprüft werden, ob WLAN-Namen lesbar sind.',
  'system.ssids.unknown.fix':
    'Wenn kein Photon gefunden wird, verbinden Sie sich selbst über das WLAN-Menü des Systems mit seinem Netzwerk.',
};
