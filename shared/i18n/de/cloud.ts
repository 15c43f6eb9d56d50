import type { AreaTexts } from '../define';
import type { EN_CLOUD } from '../en/cloud';

export const DE_CLOUD: AreaTexts<typeof EN_CLOUD> = {
  'cloud.problem.bad-token':
    'Die Particle Cloud hat das Zugriffstoken nicht akzeptiert. Melden Sie sich erneut an oder fügen Sie ein neues Token ein.',
  'cloud.problem.expired-token':
    'Die Particle-Anmeldung ist abgelaufen. Melden Sie sich erneut an oder fügen Sie ein neues Token ein.',
  'cloud.problem.bad-credentials':
    'Die Particle Cloud hat die E-Mail-Adresse oder das Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.',
  'cloud.problem.bad-client':
    'Die Particle Cloud hat die OAuth-Client-ID oder das Client-Secret abgelehnt. Prüfen Sie beides auf der Seite „Authentication“ des Produkts.',
  'cloud.problem.mfa-required':
    'Dieses Konto verwendet die Zwei-Faktor-Authentifizierung. Geben Sie den Einmalcode aus Ihrer Authenticator-App ein.',
  'cloud.problem.mfa-code-rejected':
    'Particle hat diesen Code nicht akzeptiert (vertippt oder bereits abgelaufen). Geben Sie den aktuellen 6-stelligen Einmalcode aus Ihrer Authenticator-App ein.',
  'cloud.problem.mfa-expired':
    'Die Anmeldung hat zu lange auf den Einmalcode gewartet, oder es wurden zu viele Codes abgelehnt. Melden Sie sich erneut mit E-Mail-Adresse und Passwort an.',
  'cloud.problem.customer-refused':
    'Der OAuth-Client des Produkts hat für diesen Kunden kein Token erhalten. Prüfen Sie die E-Mail-Adresse des Kunden und ob der Client zu diesem Produkt gehört.',
  'cloud.problem.permission-denied':
    'Dieses Konto ist dazu nicht berechtigt, oder die Cloud kennt das Gerät oder Produkt nicht.',
  'cloud.problem.not-found':
    'Die Particle Cloud konnte dieses Gerät, Produkt oder diesen Kunden nicht finden.',
  'cloud.problem.owned-by-someone-else':
    'Dieses Gerät gehört zu einem anderen Particle-Konto. Sein Besitzer muss es zuerst freigeben.',
  'cloud.problem.device-offline': 'Das Gerät ist gerade nicht mit der Particle Cloud verbunden.',
  'cloud.problem.bad-request': 'Die Particle Cloud hat die Anfrage als ungültig abgelehnt.',
  'cloud.problem.timeout':
    'Die Particle Cloud hat nicht rechtzeitig geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.',
  'cloud.problem.offline':
    'Die Particle Cloud ist nicht erreichbar. Prüfen Sie, ob dieser Computer online ist.',
  'cloud.problem.malformed-response':
    'Die Particle Cloud hat eine Antwort gesendet, die Photon Setup nicht versteht.',
  'cloud.problem.rate-limited':
    'Die Particle Cloud begrenzt die Anfragen. Warten Sie ein paar Minuten und versuchen Sie es erneut.',
  'cloud.problem.rate-limited-for':
    'Die Particle Cloud begrenzt die Anfragen. Versuchen Sie es in {unit, select, minutes {{count, plural, one {# Minute} other {# Minuten}}} other {{count, plural, one {# Sekunde} other {# Sekunden}}}} erneut.',
  'cloud.problem.server-error':
    'Bei der Particle Cloud ist ein Problem aufgetreten (HTTP {status}). Versuchen Sie es gleich noch einmal.',
  'cloud.op.create-claim-code': 'einen Claim-Code erstellen',
  'cloud.op.create-product-claim-code': 'einen Produkt-Claim-Code erstellen',
  'cloud.op.read-device': 'das Gerät in der Cloud abfragen',
  'cloud.op.list-devices': 'die Geräte des Kontos auflisten',
  'cloud.op.read-variable': 'die Gerätevariable {name} lesen',
  'cloud.op.claim-device': 'das Gerät zuordnen',
  'cloud.op.unclaim-device': 'die Zuordnung des Geräts aufheben',
  'cloud.op.rainbow-on': 'das Gerät in Regenbogenfarben blinken lassen',
  'cloud.op.rainbow-off': 'den Regenbogen beenden',
  'cloud.op.read-user': 'das angemeldete Konto abfragen',
  'cloud.op.list-product-devices': 'die Geräte des Produkts auflisten',
  'cloud.op.read-product': 'das Produkt abfragen',
  'cloud.op.import-device': 'das Gerät zum Produkt hinzufügen',
  'cloud.op.read-product-device': 'das Produktgerät abfragen',
  'cloud.op.unclaim-product-device': 'die Zuordnung des Produktgeräts aufheben',
  'cloud.op.remove-from-product': 'das Gerät aus dem Produkt entfernen',
  'cloud.op.create-customer': 'den Produktkunden anlegen',
  'cloud.op.sign-in': 'bei Particle anmelden',
  'cloud.op.product-token': 'ein Produkt-Token abrufen',
  'cloud.op.customer-token': 'ein Kunden-Token abrufen',
  'cloud.op.confirm-mfa': 'den Einmalcode der Zwei-Faktor-Authentifizierung bestätigen',
  'cloud.op.renew-sign-in': 'die Particle-Anmeldung erneuern',
  'cloud.op.prepare': 'die Vorbereitung mit der Cloud durchführen',
  'cloud.op.check-device': 'das Gerät mit der Cloud prüfen',
  'cloud.op.watch-events': 'den Ereignisstream der Cloud beobachten',
  'cloud.op.wait-online': 'warten, bis das Gerät online ist',
};
