import type { AreaTexts } from '../define';
import type { EN_RETURNS } from '../en/returns';

export const DE_RETURNS: AreaTexts<typeof EN_RETURNS> = {
  'returns.limit.not-in-product':
    'Das Gerät ist nicht im Produkt {product} (oder diese Zugangsdaten dürfen es dort nicht lesen).',
  'returns.limit.other-product':
    'Das Gerät gehört zum Produkt {productId}; melden Sie sich mit dem OAuth-Client dieses Produkts an, um es von seinem Kunden freizugeben.',
  'returns.limit.blind.developer':
    'Diese Zugangsdaten können das Gerät nicht sehen: Es ist weder diesem Konto zugeordnet noch in einem Produkt, das Sie lesen können. Es gehört möglicherweise jemand anderem, oder die ID ist falsch.',
  'returns.limit.blind.product':
    'Diese Produkt-Zugangsdaten können das Gerät außerhalb des Produkts nicht sehen. Es gehört möglicherweise zu einem Entwicklerkonto oder einem anderen Produkt, oder die ID ist falsch.',
  'returns.limit.then': '{first} {then}',
  'returns.refusal.blind': 'Mit diesen Zugangsdaten kann nichts freigegeben werden: {why}',
  'returns.refusal.unseen': 'Das Gerät ist für sie nicht sichtbar.',
  'returns.product.numbered': 'Produkt {id}',
  'returns.owner.customer': 'Kunde {email}',
  'returns.refusal.needs-product':
    'Das Gerät {deviceId} gehört zu {product}. Melden Sie sich mit dem OAuth-Client dieses Produkts an (Konto → Produkt), um es freizugeben.',
  'returns.step.release.title': 'Freigeben (Besitzer: {who})',
  'returns.step.release.description':
    'Heben Sie die Zuordnung des Geräts auf (Besitzer: {who}). Es bleibt ohne Besitzer in {product} und kann dem nächsten Kunden zugeordnet werden.',
  'returns.step.release.undo':
    'Zum Rückgängigmachen richten Sie es erneut für den bisherigen Besitzer ein ({who}).',
  'returns.step.remove.title': 'Aus {product} entfernen',
  'returns.step.remove.description':
    'Nehmen Sie das Gerät aus {product} heraus; es wird zu einem einfachen Entwicklergerät, das jeder zuordnen kann. Außerdem erhält es dann keine Firmware-Updates des Produkts mehr.',
  'returns.step.remove.undo':
    'Zum Rückgängigmachen fügen Sie es wieder zu {product} hinzu (seine ID importieren).',
  'returns.step.re-add.title': 'Wieder zu {product} hinzufügen',
  'returns.step.re-add.description':
    'Importieren Sie die Geräte-ID erneut in {product}, damit ein Produkt-Claim-Code das Gerät dem nächsten Kunden zuordnen kann.',
  'returns.step.re-add.undo': 'Zum Rückgängigmachen entfernen Sie es aus {product}.',
  'returns.refusal.ready':
    'Das Gerät {deviceId} gehört zu {product} und hat keinen Besitzer: Es ist bereits bereit für seinen nächsten Kunden.',
  'returns.step.unclaim.title': 'Zuordnung zu {owner} aufheben',
  'returns.step.unclaim.description':
    'Entfernen Sie das Gerät aus dem Entwicklerkonto {owner}; danach kann es jedem Konto zugeordnet werden.',
  'returns.step.unclaim.undo':
    'Zum Rückgängigmachen ordnen Sie es über seine ID erneut zu (particle device add {deviceId}), während es online ist.',
  'returns.refusal.not-yours':
    'Das Gerät {deviceId} gehört {owner}, nicht dem angemeldeten Konto. Nur sein Besitzer (oder der Particle-Support) kann es freigeben.',
  'returns.refusal.unclaimed':
    'Das Gerät {deviceId} hat keinen Besitzer, von dem diese Zugangsdaten es freigeben könnten: Es ist bereits keinem Konto zugeordnet.',
  'returns.step.unexpected': 'Ein unerwartetes Problem hat diesen Schritt abgebrochen.',
  'returns.no-product': 'Dieses Gerät gehört zu keinem Produkt.',
  'returns.re-add.other-account':
    'Das Produkt hat das Gerät abgelehnt: Es gehört zu einem anderen Konto.',
  'returns.re-add.refused':
    'Das Produkt hat die Geräte-ID abgelehnt (falsche Plattform oder in einem anderen Produkt).',
  'returns.audit.already-done': 'In der Cloud bereits erledigt.',
  'returns.summary.stopped':
    'Angehalten bei „{step}“: {error} Es wurde nichts geändert. Führen Sie den Plan erneut aus, um an dieser Stelle fortzufahren.',
  'returns.summary.stopped-after':
    'Angehalten bei „{step}“: {error} Bereits erledigt: {ran}. Führen Sie den Plan erneut aus, um an dieser Stelle fortzufahren.',
  'returns.summary.released': 'Das Gerät {deviceId} ist freigegeben: {steps}.',
  'returns.step.was-done': '{title} (war bereits erledigt)',
  'returns.plan-gone':
    'Dieser Plan ist nicht mehr bekannt (wurde die App neu gestartet?). Suchen Sie das Gerät erneut.',
  'returns.no-wifi':
    'Photon Setup kann hier das WLAN nicht umschalten; geben Sie stattdessen die Geräte-ID ein.',
};
