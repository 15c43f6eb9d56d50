// What the window says (its labels, buttons, hints and its own checks), in English: the shell,
// the setup wizard and the components they share. The Station, Returned units, History and
// Settings views keep theirs in ui-views.ts. Ids are ui.<area>.<thing>.
import { msg } from '../define';

export const EN_UI = {
  // Settings: the language chooser (its entries name each language in itself, LOCALE_NAMES).
  'ui.language.label': msg('Language'),
  'ui.language.system': msg('As this computer ({name})', ['name']),

  // The header: product name, tagline and the facts about this host (top right).
  'ui.header.name': msg('Photon Setup'),
  'ui.header.tagline': msg('Wi-Fi and ownership for Particle Photons'),
  'ui.header.facts': msg('About this app'),
  'ui.header.version': msg('Version'),
  'ui.header.host': msg('Running as'),
  'ui.header.host.desktop': msg('Desktop app'),
  'ui.header.host.web': msg('Web (browser)'),
  'ui.header.mode': msg('Mode'),
  'ui.header.mode.simulated': msg('Simulated'),
  'ui.header.mode.real': msg('Real hardware'),
  'ui.header.info-error': msg(
    'Photon Setup could not read its own details from the core. Restart the app if this stays.',
  ),

  // The section tabs in the header.
  'ui.tabs.label': msg('Sections'),
  'ui.tabs.setup': msg('Setup'),
  'ui.tabs.station': msg('Station'),
  'ui.tabs.returns': msg('Returned units'),
  'ui.tabs.history': msg('History'),
  'ui.tabs.settings': msg('Settings'),

  // Banners under the header: the cloud asked to wait, the window lost the core, simulation.
  'ui.banner.cloud-wait.rate-limited': msg('The Particle cloud asked Photon Setup to slow down.'),
  'ui.banner.cloud-wait.retrying': msg('The Particle cloud did not answer properly.'),
  'ui.banner.cloud-wait.again': msg(
    'Trying “{operation}” again in {seconds, number} s. Nothing to do; Cancel still works.',
    ['operation', 'seconds'],
  ),
  'ui.banner.lost.title': msg('Disconnected.'),
  'ui.banner.lost.text': msg(
    'This window lost its connection to Photon Setup. Restart it (for example {command}) and open the new link it prints.',
    ['command'],
  ),
  'ui.banner.simulation.title': msg('Simulation.'),
  'ui.banner.simulation.text': msg(
    'Devices, the Particle cloud and Wi-Fi are simulated on this computer — nothing real is contacted or changed.',
  ),

  // A call that never reached the core (shown where that call's own error would be).
  'ui.error.no-core': msg('Photon Setup could not reach its core. Restart the app.'),

  // "Before you start": the readiness panel beside the first steps.
  'ui.readiness.title': msg('Before you start'),
  'ui.readiness.checking': msg('Checking this computer…'),
  'ui.readiness.ready': msg('This computer is ready to set up devices.'),
  'ui.readiness.not-ready': msg('Fix the items marked below before the first device.'),
  'ui.readiness.show': msg('Show the checks'),
  'ui.readiness.hide': msg('Hide the checks'),
  'ui.readiness.recheck': msg('Check again'),
  'ui.readiness.rechecking': msg('Checking…'),
  'ui.readiness.status.ok': msg('Ready'),
  'ui.readiness.status.warn': msg('Check'),
  'ui.readiness.status.fail': msg('Needs attention'),
  'ui.readiness.fix': msg('What to do: {fix}', ['fix']),

  // The wizard's steps: the rail on the left (title and hint) and each step's heading (summary).
  'ui.rail.label': msg('Setup steps'),
  'ui.rail.state': msg('({state})', ['state']),
  'ui.rail.state.done': msg('done'),
  'ui.rail.state.current': msg('current step'),
  'ui.rail.state.upcoming': msg('not yet'),
  'ui.step.of': msg('Step {step, number} of {steps, number}', ['step', 'steps']),
  'ui.step.account.title': msg('Account'),
  'ui.step.account.hint': msg('Who the device will belong to'),
  'ui.step.account.summary': msg(
    'Choose a developer account (access token or email login) or a product with its customer. Photon Setup gets the claim code while you are still online.',
  ),
  'ui.step.wifi.title': msg('Wi-Fi'),
  'ui.step.wifi.hint': msg('The network the device will join'),
  'ui.step.wifi.summary': msg(
    'Pick a saved station profile, or choose from the networks the Photon itself can see. Photons only see 2.4 GHz networks.',
  ),
  'ui.step.find.title': msg('Find device'),
  'ui.step.find.hint': msg('Its {prefix}… network', ['prefix']),
  'ui.step.find.summary': msg(
    'Put the Photon in listening mode (blinking dark blue). Photon Setup finds its {prefix}… network, joins it, and reads the device id.',
    ['prefix'],
  ),
  'ui.step.setup.title': msg('Set up'),
  'ui.step.setup.hint': msg('Credentials, claim, connect'),
  'ui.step.setup.summary': msg(
    'The device receives the claim code and the encrypted Wi-Fi password, then connects. Watch its LED alongside the checklist.',
  ),
  'ui.step.result.title': msg('Result'),
  'ui.step.result.hint': msg('Online and claimed?'),
  'ui.step.result.summary': msg(
    'Photon Setup returns this computer to its own Wi-Fi and confirms with the Particle cloud that the device is online and owned by the right account.',
  ),

  // A returned unit carried into the wizard (a note on Account, Wi-Fi and Find device).
  'ui.handoff.sign-in': msg(
    'Returned unit {deviceId}: sign in with its next owner’s account below. Its id is filled in on Find device.',
    ['deviceId'],
  ),
  'ui.handoff.owner': msg(
    'Returned unit {deviceId}: setting it up for its next owner, {owner}. Its id is filled in on Find device.',
    ['deviceId', 'owner'],
  ),

  // Step 1, Account: the sign-in form.
  'ui.account.form.title': msg('Who will the devices belong to?'),
  'ui.account.form.method': msg('Account type'),
  'ui.account.method.token': msg('Access token'),
  'ui.account.method.login': msg('Email and password'),
  'ui.account.method.developer': msg('Developer account'),
  'ui.account.method.product': msg('Product'),
  'ui.account.method.product.hint': msg('OAuth client + customer'),
  'ui.account.otp.label': msg('Authentication code'),
  'ui.account.otp.hint': msg(
    'This account uses two-step verification: enter the 6-digit code from your authenticator app.',
  ),
  'ui.account.token.label': msg('Access token'),
  'ui.account.token.hint': msg(
    'From the Particle console or `particle token create`. Devices are claimed to this account.',
  ),
  'ui.account.email.label': msg('Email'),
  'ui.account.password.label': msg('Password'),
  'ui.account.product.label': msg('Product id or slug'),
  'ui.account.product.hint': msg('Console → your product → the number or slug in its address.'),
  'ui.account.client-id.label': msg('OAuth client id'),
  'ui.account.client-id.hint': msg('Console → product → Authentication → a two-legged client.'),
  'ui.account.client-secret.label': msg('OAuth client secret'),
  'ui.account.customer.label': msg('Customer email'),
  'ui.account.customer.hint': msg(
    'Devices are claimed to this customer; a new one is created if needed.',
  ),
  'ui.account.demo': msg(
    'Demo accounts (simulation only): token {token}; or product {product}, client {client} / {secret}, any customer email. The demo Wi-Fi “{wifi}” has the password {password}.',
    ['token', 'product', 'client', 'secret', 'wifi', 'password'],
  ),
  'ui.account.connect': msg('Connect'),
  'ui.account.verify': msg('Verify code'),
  'ui.account.connecting': msg('Checking with Particle…'),

  // Step 1, Account: once connected.
  'ui.account.connected.title': msg('Connected'),
  'ui.account.connected.mode': msg('Mode'),
  'ui.account.connected.mode.developer': msg('Developer account'),
  'ui.account.connected.mode.product': msg('Product (two-legged OAuth)'),
  'ui.account.connected.product': msg('Product'),
  'ui.account.connected.product.id': msg('(#{id})', ['id']),
  'ui.account.connected.product.id-slug': msg('(#{id}, {slug})', ['id', 'slug']),
  'ui.account.connected.owner': msg('Devices will belong to'),
  'ui.account.connected.signed-in-as': msg('Signed in as'),
  'ui.account.connected.credentials': msg('Credentials'),
  'ui.account.connected.credentials.session': msg('Kept for this session only'),
  'ui.account.continue': msg('Continue to Wi-Fi'),
  'ui.account.sign-out': msg('Use another account'),

  // What "Remember" does on this host (Account's checkbox, the connected summary, Wi-Fi profiles).
  'ui.secrets.remember.keychain': msg(
    'Remember on this computer (encrypted by the system keychain)',
  ),
  'ui.secrets.remember.key-file': msg(
    'Remember on this computer (encrypted with the key file this host was started with)',
  ),
  'ui.secrets.remember.memory': msg(
    'Remember until Photon Setup stops (this host keeps secrets in memory only)',
  ),
  'ui.secrets.remembered.keychain': msg('Saved, encrypted by this computer’s keychain'),
  'ui.secrets.remembered.key-file': msg('Saved, encrypted with this host’s key file'),
  'ui.secrets.remembered.memory': msg('Kept in memory until Photon Setup stops'),
  'ui.secrets.profile-password.memory': msg('password kept until Photon Setup stops'),
  'ui.secrets.profile-password.saved': msg('password saved (encrypted)'),

  // Step 2, Wi-Fi: the network the devices will join.
  'ui.wifi.title': msg('Which network will the devices join?'),
  'ui.wifi.legend': msg('Wi-Fi for the device'),
  'ui.wifi.from-device': msg('Choose from the Photon’s own list'),
  'ui.wifi.from-device.hint': msg(
    'After joining the device, pick from the networks it can see (recommended for one-off setups).',
  ),
  'ui.wifi.profile': msg('Station profile · {security}', ['security']),
  'ui.wifi.profile.channel': msg(' · channel {channel, number}', ['channel']),
  'ui.wifi.profile.secret': msg(' · {secret}', ['secret']),
  'ui.wifi.profile.delete': msg('Delete'),
  'ui.wifi.profile.delete.label': msg('Delete station profile {ssid}', ['ssid']),
  'ui.wifi.profile.save': msg('Save station profile'),
  'ui.wifi.profile.add': msg('Add a station profile…'),
  'ui.wifi.continue': msg('Continue to find the device'),
  'ui.wifi.note': msg(
    'The Photon only sees 2.4 GHz networks. A 5 GHz-only or out-of-range network cannot be joined.',
  ),

  // The network form (Wi-Fi's station profile, and a network picked or typed during a setup).
  'ui.network.title.new': msg('Network details'),
  'ui.network.title.join': msg('Join “{ssid}”', ['ssid']),
  'ui.network.ssid.label': msg('Network name (SSID)'),
  'ui.network.ssid.hint': msg('Type it exactly; hidden networks work too.'),
  'ui.network.security.label': msg('Security'),
  'ui.network.security.wpa2': msg('WPA2 Personal (AES)'),
  'ui.network.security.wpa2-mixed': msg('WPA2 Personal (AES+TKIP)'),
  'ui.network.security.wpa': msg('WPA Personal (AES)'),
  'ui.network.security.wpa-tkip': msg('WPA Personal (TKIP)'),
  'ui.network.security.wep': msg('WEP'),
  'ui.network.security.open': msg('Open (no password)'),
  'ui.network.security.peap': msg('WPA2 Enterprise — PEAP'),
  'ui.network.security.eap-tls': msg('WPA2 Enterprise — EAP-TLS'),
  'ui.network.channel.label': msg('Channel'),
  'ui.network.channel.hint': msg('1–14, or leave empty for any.'),
  'ui.network.channel.problem': msg('The channel is 1 to 14 (2.4 GHz), or empty for any.'),
  'ui.network.password.label': msg('Wi-Fi password'),
  'ui.network.identity.label': msg('Identity (user name)'),
  'ui.network.identity.hint': msg(
    'In the user@domain form: the Photon cannot send a backslash (DOMAIN\\user) intact.',
  ),
  'ui.network.outer-identity.label': msg('Outer identity (optional)'),
  'ui.network.outer-identity.hint': msg("Often 'anonymous'."),
  'ui.network.enterprise-password.label': msg('Enterprise password'),
  'ui.network.client-certificate.label': msg('Client certificate (PEM)'),
  'ui.network.client-certificate.problem': msg(
    'Paste the client certificate in PEM form (-----BEGIN CERTIFICATE-----).',
  ),
  'ui.network.private-key.label': msg('Private key (PEM)'),
  'ui.network.private-key.problem': msg(
    'Paste the private key in PEM form (-----BEGIN … PRIVATE KEY-----).',
  ),
  'ui.network.ca-certificate.label': msg('CA certificate (PEM, optional)'),
  'ui.network.save-profile': msg('Save as a station profile for the next devices'),
  'ui.network.sending': msg('Sending…'),
  'ui.network.back': msg('Back'),

  // Secret fields (passwords, tokens): the reveal toggle beside the field.
  'ui.field.show': msg('Show'),
  'ui.field.hide': msg('Hide'),
  'ui.field.show-secret': msg('Show {field}', ['field']),
  'ui.field.hide-secret': msg('Hide {field}', ['field']),

  // Step 3, Find device: the Photon-… networks this computer sees.
  'ui.find.title': msg('Put the Photon in listening mode'),
  'ui.find.instructions': msg(
    'Power it and hold SETUP for about 3 seconds until the LED blinks dark blue. Its {prefix}… network then appears below.',
    ['prefix'],
  ),
  'ui.find.led-basis': msg('What the device should show now.'),
  'ui.find.list-title': msg('{prefix}… networks this computer sees', ['prefix']),
  'ui.find.scan-again': msg('Scan again'),
  'ui.find.scanning': msg('Scanning…'),
  'ui.find.names-hidden.default': msg('This computer hides Wi-Fi network names.'),
  'ui.find.names-hidden': msg(
    '{hint} You can still continue: choose “{manual}”, and join the {prefix}… network from the system Wi-Fi menu when the checklist asks.',
    ['hint', 'manual', 'prefix'],
  ),
  'ui.find.devices': msg('Device to set up'),
  'ui.find.none': msg(
    'No {prefix}… network yet. Check the LED blinks dark blue, then scan again.',
    ['prefix'],
  ),
  'ui.find.manual': msg('I’ll join it myself when asked'),
  'ui.find.manual.hint': msg(
    'For computers where Photon Setup cannot switch Wi-Fi: after the cloud step, join the {prefix}… network from the system Wi-Fi menu when the checklist asks.',
    ['prefix'],
  ),
  'ui.find.device-id.label': msg('Device id (optional)'),
  'ui.find.device-id.hint': msg(
    'From the label or box, if known. In product mode it is imported before the computer leaves the internet.',
  ),
  'ui.find.account-first': msg('Connect an account first (step 1).'),
  'ui.find.choose-photon-first': msg('Choose the Photon to set up first.'),
  'ui.find.start': msg('Start setup'),
  'ui.find.starting': msg('Starting…'),
  'ui.find.choose-above': msg('Choose the Photon above first.'),

  // Wi-Fi signal and lock icons (network lists; read by screen readers, shown as a tooltip).
  'ui.signal.bars': msg('Signal {bars, number} of {max, number}', ['bars', 'max']),
  'ui.signal.bars-rssi': msg('Signal {bars, number} of {max, number} ({rssi, number} dBm)', [
    'bars',
    'max',
    'rssi',
  ]),
  'ui.signal.secured': msg('Secured'),
  'ui.signal.open': msg('Open'),

  // Step 4, Set up: the run's card, its checklist and the LED beside it.
  'ui.setup.title': msg('Setting up {ssid}', ['ssid']),
  'ui.setup.title.unknown': msg('Setting up the device'),
  'ui.setup.device-id': msg('Device id: {deviceId}', ['deviceId']),
  'ui.setup.device-id.unknown': msg('Device id: not read yet'),
  'ui.setup.claimed': msg('already claimed'),
  'ui.setup.cancel': msg('Cancel'),
  'ui.setup.starting': msg('Starting…'),
  'ui.setup.now': msg('Now: {phase}.', ['phase']),
  'ui.setup.led.title': msg('The device’s LED'),
  'ui.setup.led.waiting': msg('Waiting for the device…'),
  'ui.checklist.label': msg('Setup progress'),
  'ui.checklist.status': msg('({status})', ['status']),
  'ui.checklist.status.pending': msg('Waiting'),
  'ui.checklist.status.active': msg('In progress'),
  'ui.checklist.status.done': msg('Done'),
  'ui.checklist.status.failed': msg('Failed'),
  'ui.checklist.status.skipped': msg('Skipped'),
  // A duration in seconds with one decimal (a phase's time, a run's on the result).
  'ui.duration.seconds': msg('{seconds, number, ::.0} s', ['seconds']),

  // The countdown of the current wait (Set up), and what happens when it runs out.
  'ui.countdown.left': msg('{seconds, number} s left.', ['seconds']),
  'ui.countdown.at-zero.network': msg(
    'If no network is chosen by then, the setup stops and this computer returns to its own Wi-Fi.',
  ),
  'ui.countdown.at-zero.find': msg('If no Photon network appears by then, the setup stops.'),
  'ui.countdown.at-zero.join': msg(
    'If this computer is not on the Photon’s network by then, the setup stops and it returns to its own Wi-Fi.',
  ),
  'ui.countdown.at-zero.verify': msg(
    'Then Photon Setup stops waiting and tells you what the cloud saw last.',
  ),
  'ui.countdown.at-zero.other': msg(
    'If it runs out, the setup stops and this computer returns to its own Wi-Fi.',
  ),

  // Set up: the network chooser, when the device waits for its Wi-Fi.
  'ui.chooser.title': msg('Choose the Wi-Fi for this device'),
  'ui.chooser.intro': msg(
    'These are the networks the Photon itself can see. It only sees 2.4 GHz networks.',
  ),
  'ui.chooser.rescan': msg('Rescan'),
  'ui.chooser.scanning': msg('Scanning…'),
  'ui.chooser.other': msg('Other network… (hidden, or WPA2 Enterprise)'),
  'ui.chooser.send': msg('Send to the device'),
  'ui.networks.label': msg('Networks the Photon can see'),
  'ui.networks.none': msg(
    'The Photon sees no network. It only sees 2.4 GHz: move it closer to the access point, or use “{other}”.',
    ['other'],
  ),
  'ui.networks.other-short': msg('Other network…'),
  'ui.networks.channel': msg('ch {channel, number}', ['channel']),

  // The LED: its picture's caption (Set up, Find device, Result) and "something else" advice.
  'ui.led.observed': msg('Observed'),
  'ui.led.expected': msg('Expected'),
  'ui.led.it': msg('It {pattern}', ['pattern']),
  'ui.led.pattern.blinking': msg('blinks about twice a second'),
  'ui.led.pattern.fast-blinking': msg('blinks fast, about ten times a second'),
  'ui.led.pattern.breathing': msg('fades slowly in and out'),
  'ui.led.pattern.solid': msg('stays lit'),
  'ui.led.pattern.flash-codes': msg('flashes a code'),
  'ui.led.pattern.sos': msg('flashes SOS'),
  'ui.led.pattern.off': msg('is off'),
  'ui.led.something-else': msg('My LED shows something else'),
  'ui.led.alternative.pattern': msg('(it {pattern})', ['pattern']),
  'ui.led.alternative.meaning': msg('— {meaning}', ['meaning']),

  // Step 5, Result: how the run ended, its facts and what to do next.
  'ui.result.eyebrow': msg('Result'),
  'ui.result.device-id': msg('Device id'),
  'ui.result.wifi': msg('Wi-Fi'),
  'ui.result.took': msg('Took'),
  'ui.result.session-count': msg('Devices set up this session'),
  'ui.result.led-basis': msg('Check the device: this is what it should show.'),
  'ui.result.copied': msg('Copied'),
  'ui.result.action.next-device': msg('Set up the next device'),
  'ui.result.action.retry': msg('Try again'),
  'ui.result.action.change-wifi': msg('Choose another Wi-Fi'),
  'ui.result.action.change-account': msg('Change the account'),
  'ui.result.action.copy-device-id': msg('Copy device id'),
  'ui.result.action.rejoin-wifi': msg('Open History once rejoined'),
  'ui.result.action.view-history': msg('View history'),

  // What a screen reader hears without moving focus (the live region).
  'ui.live.result': msg('Result: {title}. {sentence}', ['title', 'sentence']),
  'ui.live.choose-network': msg('The device is waiting: choose the Wi-Fi network it should join.'),
} as const;
