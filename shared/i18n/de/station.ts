import type { AreaTexts } from '../define';
import type { EN_STATION } from '../en/station';

export const DE_STATION: AreaTexts<typeof EN_STATION> = {
  'station.no-question': 'Derzeit wartet kein Gerät auf diese Antwort.',
  'station.already-running': 'Die Station läuft bereits.',
  'station.still-stopping':
    'Die Station schließt noch die begonnenen Geräte ab. Warten Sie einen Moment und starten Sie sie dann erneut.',
  'station.no-wifi':
    'Für den Stationsmodus muss Photon Setup das WLAN dieses Computers umschalten können; das ist hier nicht möglich.',
  'station.no-profile':
    'Dieses gespeicherte Netzwerk existiert nicht mehr. Wählen Sie ein anderes oder speichern Sie es erneut.',
  'station.loop-stopped': 'Die Station wurde unerwartet angehalten. Starten Sie sie erneut.',
  'station.label-invalid':
    '{problem} Scannen Sie den Geräte-ID-Code auf dem Etikett (24 Zeichen, 0-9 und a-f).',
  'station.busy':
    'Es werden noch Geräte eingerichtet oder geprüft. Beginnen Sie eine neue Schicht, wenn sie fertig sind.',
  'station.unit-not-started':
    'Das nächste Gerät konnte nicht gestartet werden. Starten Sie die Station erneut.',
  'station.checking-after-restart': 'Erneute Prüfung nach einem Neustart.',
  'station.activity.carried-over':
    '{count, plural, one {# vor dem Neustart begonnenes Gerät wird} other {# vor dem Neustart begonnene Geräte werden}} mit der Cloud geprüft, sobald die Station startet.',
  'station.activity.stopped': 'Die Station ist angehalten.',
  'station.activity.stopping':
    'Wird angehalten: Die Prüfungen der bereits eingerichteten Geräte werden abgeschlossen.',
  'station.activity.a-unit': 'Ein Gerät',
  'station.activity.setting-up': '{unit} wird eingerichtet.',
  'station.activity.setting-up-label': '{unit} wird eingerichtet (Etikett {label}).',
  'station.activity.scan-label': 'Scannen Sie das Etikett des nächsten Geräts.',
  'station.activity.waiting':
    'Warten auf den nächsten Photon im Listening-Modus (blinkt dunkelblau).',
  'station.activity.waiting-label':
    'Etikett {label} gescannt: Warten auf den zugehörigen Photon im Listening-Modus.',
};
