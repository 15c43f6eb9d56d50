// What the window's own views say (History, Returned units, Settings, Station and its parts), in
// English: views.<view>.<thing> for the views, station.ui.<thing> for the station's components.
// Sentences the core sends (outcomes, errors, the station's activity …) live in their own areas.
import { msg } from '../define';

export const EN_UI_VIEWS = {
  // History: the heading card, the filter, the table (renderer/views/history-view.tsx). The CSV
  // it exports comes from the core in English and is not in the catalogue (stable for scripts).
  'views.history.title': msg('History'),
  'views.history.intro': msg(
    'Every setup run and every returned-unit action on this computer. Passwords and tokens are never recorded.',
  ),
  'views.history.export': msg('Export CSV'),
  'views.history.filter.label': msg('Filter by device id'),
  'views.history.filter.placeholder': msg('e.g. {example}', ['example']),
  'views.history.skipped': msg(
    '{count, plural, one {# damaged line in the log was skipped} other {# damaged lines in the log were skipped}} (for example after a crash).',
    ['count'],
  ),
  'views.history.empty': msg('No runs yet.'),
  'views.history.empty-filtered': msg('Nothing recorded for that device id.'),
  // History: the table's column headers.
  'views.history.column.when': msg('When'),
  'views.history.column.device': msg('Device'),
  'views.history.column.what': msg('What'),
  'views.history.column.result': msg('Result'),
  'views.history.column.detail': msg('Wi-Fi / detail'),
  'views.history.column.who': msg('Who'),
  // History: a setup run's "What" cell ({mode} is developer or product).
  'views.history.run.what': msg('Setup ({mode, select, product {product} other {developer}})', [
    'mode',
  ]),
  'views.history.run.what-product': msg(
    'Setup ({mode, select, product {product} other {developer}}, {productName})',
    ['mode', 'productName'],
  ),
  // History: a returned-unit action's step (its code stays in the CSV and the cell's tooltip).
  'views.history.step.release-from-owner': msg('Release from its owner'),
  'views.history.step.remove-from-product': msg('Remove from the product'),
  'views.history.step.unclaim-developer': msg('Unclaim from the developer account'),
  'views.history.step.re-add-to-product': msg('Re-add to the product'),
  // History: a returned-unit action's result tag.
  'views.history.result.done': msg('Done'),
  'views.history.result.skipped': msg('Skipped (already done)'),
  'views.history.result.failed': msg('Failed'),

  // Returned units: the lookup card (renderer/views/returns-view.tsx).
  'views.returns.title': msg('Returned units'),
  'views.returns.intro': msg(
    'A unit came back? Look it up, release it from its owner (and product, if needed), then set it up for its next owner. Nothing changes until you confirm the plan.',
  ),
  'views.returns.no-account': msg(
    'Connect an account first (Setup → Account): lookups use its credentials.',
  ),
  'views.returns.device-id.label': msg('Device id'),
  'views.returns.device-id.hint': msg(
    '24 characters from the label, the box or the console; any case.',
  ),
  'views.returns.look-up': msg('Look up'),
  'views.returns.looking-up': msg('Looking up…'),
  'views.returns.read-from-device': msg('Read it from a device in listening mode…'),
  'views.returns.finding-photons': msg('Looking for Photons…'),
  'views.returns.no-photons': msg(
    'No {prefix}… network found. Hold SETUP until the LED blinks dark blue, then try again.',
    ['prefix'],
  ),
  'views.returns.photons.label': msg('Photons in listening mode'),
  'views.returns.read-id': msg('Read the id of {ssid}', ['ssid']),
  'views.returns.reading': msg('Reading…'),
  'views.returns.joins-briefly': msg(
    'This computer joins that network for a moment and comes back to its own Wi-Fi.',
  ),
  // Returned units: what the cloud says about the device (the lookup result).
  'views.returns.device.title': msg('Device {deviceId}', ['deviceId']),
  'views.returns.fact.owner': msg('Owner'),
  'views.returns.fact.product': msg('Product'),
  'views.returns.fact.online': msg('Online'),
  'views.returns.fact.history': msg('History here'),
  'views.returns.owner.customer': msg('Customer {email}', ['email']),
  'views.returns.owner.user': msg('{username}', ['username']),
  'views.returns.owner.user-signed-in': msg('{username} (the signed-in account)', ['username']),
  'views.returns.owner.none': msg('Nobody — unclaimed'),
  'views.returns.owner.unknown': msg('Not visible to these credentials'),
  'views.returns.product.none': msg('None (developer device)'),
  'views.returns.product.named': msg('{name} #{id}', ['name', 'id']),
  'views.returns.product.unnamed': msg('Product #{id}', ['id']),
  'views.returns.online.unknown': msg('Unknown'),
  'views.returns.online.yes': msg('Yes'),
  'views.returns.online.no': msg('No'),
  'views.returns.online.last-heard': msg('{online} · last heard {when}', ['online', 'when']),
  'views.returns.history.count': msg('{count, plural, one {# record} other {# records}}', [
    'count',
  ]),
  'views.returns.want.remove': msg(
    'Also remove it from the product (makes it a plain developer device)',
  ),
  'views.returns.want.re-add': msg(
    'Then re-add it to the product (ready for a product claim code)',
  ),
  'views.returns.plan': msg('Plan the release'),
  'views.returns.planning': msg('Planning…'),
  // Returned units: the plan card, and the state tag of each step.
  'views.returns.plan.title': msg('Plan for {deviceId}', ['deviceId']),
  'views.returns.step.pending': msg('To do'),
  'views.returns.step.done': msg('Done'),
  'views.returns.step.already-done': msg('Already done'),
  'views.returns.step.failed': msg('Failed'),
  'views.returns.step.not-run': msg('Not run'),
  'views.returns.confirm': msg('Confirm and release'),
  'views.returns.run-again': msg('Run the plan again'),
  'views.returns.working': msg('Working…'),
  // Returned units: the card after a complete release.
  'views.returns.released.eyebrow': msg('Released'),
  'views.returns.released.title': msg('Device {deviceId} is released', ['deviceId']),
  'views.returns.released.owner': msg('Owner now'),
  'views.returns.released.product': msg('Product now'),
  'views.returns.released.product.none': msg('None (a plain developer device)'),
  'views.returns.released.product.in': msg('In {product}', ['product']),
  // Returned units: who the next owner is.
  'views.returns.next.title': msg('Who is its next owner?'),
  'views.returns.next.legend': msg('Next owner'),
  'views.returns.next.customer-of': msg('A customer of {product}', ['product']),
  'views.returns.next.customer': msg('A customer of the product'),
  'views.returns.next.customer.hint': msg('Claimed to their email; created if new.'),
  'views.returns.next.this-account': msg('This account ({owner})', ['owner']),
  'views.returns.next.other-account': msg('Another developer account'),
  'views.returns.next.other-account.hint': msg('Signs out here; you sign in with theirs next.'),
  'views.returns.next.email': msg('Next owner’s email'),
  'views.returns.next.submit': msg('Set it up for its next owner'),
  // Returned units: what to do to the device itself (each step beside the LED it shows).
  'views.returns.guidance.title': msg('On the device itself'),
  'views.returns.guidance.hold-setup': msg('Hold SETUP for about 3 seconds.'),
  'views.returns.guidance.keep-holding': msg(
    'Keep holding SETUP about 10 seconds more, then release: the stored Wi-Fi networks are erased.',
  ),
  'views.returns.guidance.ready': msg(
    'Back to blinking dark blue with no networks: ready for its next setup.',
  ),
  // {flag} is shown emphasised: the words of views.returns.guidance.already-claimed.
  'views.returns.guidance.claimed-flag': msg(
    'The Photon keeps its own “claimed” flag (shown as {flag} when it is found). It can stay set after a cloud unclaim; it only records that a claim code was once accepted and does not give the old owner any access. The next setup sends a fresh claim code, and the cloud decides the new owner.',
    ['flag'],
  ),
  'views.returns.guidance.already-claimed': msg('already claimed'),
  // {command} is shown as code: particle flash --usb tinker.
  'views.returns.guidance.firmware': msg(
    'Re-flashing firmware (for example back to Tinker, or a product’s release) is outside Photon Setup. Use the Particle CLI over USB ({command}), Particle Workbench, or the web tools at docs.particle.io.',
    ['command'],
  ),

  // Settings: the form (renderer/views/settings-view.tsx).
  'views.settings.title': msg('Settings'),
  'views.settings.loading': msg('Reading the settings…'),
  'views.settings.load-failed': msg('The settings could not be read. {problem}', ['problem']),
  'views.settings.load-again': msg('Read them again'),
  'views.settings.station.label': msg('Station name'),
  'views.settings.station.hint': msg(
    'Recorded with every run, e.g. “Line 3” or “Support desk”. Up to {max, number} characters.',
    ['max'],
  ),
  'views.settings.operator.label': msg('Operator name'),
  'views.settings.operator.hint': msg(
    'Who is setting devices up; recorded with every run. Up to {max, number} characters.',
    ['max'],
  ),
  'views.settings.prefix.label': msg('Device network prefix'),
  'views.settings.prefix.hint': msg(
    'Photons in listening mode offer a network named like this ({prefix} unless custom firmware changed it).',
    ['prefix'],
  ),
  'views.settings.cloud.label': msg('Particle API base URL'),
  'views.settings.cloud.hint': msg(
    '{url} unless you run a fake cloud for training. Changing it signs you out.',
    ['url'],
  ),
  'views.settings.save': msg('Save settings'),
  'views.settings.saving': msg('Saving…'),
  'views.settings.saved': msg('Saved.'),
  // Settings: the language chooser (its label and "As this computer" are ui.language.*).
  'views.settings.language.hint': msg(
    'The window changes at once. Exported CSV files stay in English, for scripts.',
  ),
  'views.settings.language.overridden': msg(
    'This window shows {language} because its address asks for it (?lang=); the choice here applies without that.',
    ['language'],
  ),
  // Settings: the support card.
  'views.settings.support.title': msg('Support'),
  'views.settings.support.intro': msg(
    'One file for whoever helps you: versions, the readiness check, these settings, the last 50 runs and the log. It never contains a password, token or client secret.',
  ),
  'views.settings.support.save': msg('Save diagnostics…'),
  'views.settings.support.collecting': msg('Collecting…'),
  'views.settings.support.saved': msg('Saved as {fileName}.', ['fileName']),

  // Station: the view's frame, while running (renderer/views/station-view.tsx).
  'station.ui.loading': msg('Loading the station…'),
  'station.ui.title': msg('Station'),
  'station.ui.config': msg(
    'Every unit gets {network}{requireLabel, select, yes {, label required} other {}}{confirmIdentity, select, yes {, each confirmed by its rainbow light} other {}}.',
    ['network', 'requireLabel', 'confirmIdentity'],
  ),
  'station.ui.stop': msg('Stop (cancels the unit being set up now)'),
  'station.ui.stop-now': msg('Stop the checks now'),
  'station.ui.side.label': msg('Units and tally'),
  // Station: Start refused in the window before any call (store/slices/station-slice.ts).
  'station.ui.choose-network-first': msg('Choose the network every unit gets first.'),
  // Station: before a tray (components/station-setup.tsx); the carried-over count is
  // station.activity.carried-over.
  'station.ui.setup.intro': msg(
    'Choose the account and the network once, press Start, then put each Photon in listening mode: the station finds it, sets it up, checks it with the cloud in the background and moves on to the next.',
  ),
  'station.ui.setup.owner': msg('Units go to'),
  'station.ui.setup.owner-in-product': msg('{owner} in {product}', ['owner', 'product']),
  'station.ui.setup.sign-in': msg('Sign in first (Setup → Account)'),
  'station.ui.setup.network': msg('Network for every unit (a saved station profile)'),
  'station.ui.setup.no-profiles': msg('No saved network yet (Setup → Wi-Fi)'),
  'station.ui.setup.choose': msg('Choose…'),
  'station.ui.setup.profile': msg('{ssid} — {security}', ['ssid', 'security']),
  'station.ui.setup.profile-channel': msg('{ssid} — {security}, channel {channel}', [
    'ssid',
    'security',
    'channel',
  ]),
  'station.ui.setup.require-label': msg(
    'Require a label scan for each unit (checked against the device before anything is claimed)',
  ),
  'station.ui.setup.confirm-identity': msg(
    'Confirm each unit by its rainbow once it is online (one key: Y or N)',
  ),
  'station.ui.setup.sound': msg('A sound for each result'),
  'station.ui.setup.start': msg('Start station'),
  'station.ui.setup.new-shift': msg('New shift'),
  // Station: the big tile (components/station-tile.tsx); PASS and FAIL also tag the last units.
  'station.ui.pass': msg('PASS'),
  'station.ui.fail': msg('FAIL'),
  'station.ui.a-photon': msg('a Photon'),
  'station.ui.tile.unknown-device': msg('unknown device'),
  'station.ui.tile.heading': msg('{title}.', ['title']),
  'station.ui.tile.setting-up': msg('Setting up'),
  'station.ui.tile.label': msg('Label {label}', ['label']),
  'station.ui.tile.ready': msg('Ready'),
  'station.ui.tile.stopped': msg('Stopped'),
  'station.ui.tile.scan-label': msg('Scan the label of the next unit'),
  'station.ui.tile.next-photon': msg('Put the next Photon in listening mode'),
  'station.ui.tile.scanner-hint': msg(
    'A USB scanner types into the field below. The id is checked against the Photon before anything is claimed.',
  ),
  // Station: the label field (components/station-label-input.tsx).
  'station.ui.label.required': msg('Label of the next unit (scan it)'),
  'station.ui.label.optional': msg('Label (optional: scan to check the next unit)'),
  'station.ui.label.placeholder': msg('24 characters, 0-9 and a-f'),
  'station.ui.label.use': msg('Use label'),
  'station.ui.label.waiting': msg('Waiting for a scan.'),
  'station.ui.label.none': msg('No label: units are set up as they appear.'),
  'station.ui.label.next': msg("Next unit: label {label}. It must match the device's own id.", [
    'label',
  ]),
  // Station: the rainbow question (components/station-question.tsx); {deviceId} is shown as code.
  'station.ui.question.title': msg('Is the unit in your hand flashing rainbow?'),
  'station.ui.question.body': msg(
    'Device {deviceId} is online and should be flashing rainbow now. {seconds, number} s left to answer.',
    ['deviceId', 'seconds'],
  ),
  'station.ui.question.body-ssid': msg(
    'Device {deviceId} ({ssid}) is online and should be flashing rainbow now. {seconds, number} s left to answer.',
    ['deviceId', 'ssid', 'seconds'],
  ),
  // (Y) and (N) name the answer keys, which are Y and N in every language.
  'station.ui.question.yes': msg('Yes, it is (Y)'),
  'station.ui.question.no': msg('No (N)'),
  // Station: every unit's step (components/station-queue.tsx).
  'station.ui.queue.now': msg('Now'),
  'station.ui.queue.checking': msg('Being checked ({count, number})', ['count']),
  'station.ui.queue.none': msg('None.'),
  'station.ui.queue.attention': msg('Needs you ({count, number})', ['count']),
  'station.ui.queue.retry': msg('Retry failed ({count, number})', ['count']),
  'station.ui.queue.nothing': msg('Nothing.'),
  'station.ui.stage.trip': msg('Being set up'),
  'station.ui.stage.verifying': msg('Checking with the cloud'),
  'station.ui.stage.confirming': msg('Waiting for your answer'),
  'station.ui.stage.done': msg('Done'),
  // Station: the shift's tally (components/station-tally.tsx).
  'station.ui.tally.title': msg('This shift'),
  'station.ui.tally.since': msg('since {time}', ['time']),
  'station.ui.tally.done': msg('Done'),
  'station.ui.tally.passed': msg('Passed'),
  'station.ui.tally.failed': msg('Failed'),
  'station.ui.tally.pace': msg('Typical seconds per unit'),
  'station.ui.tally.rate': msg('Per hour'),
  'station.ui.tally.recent': msg('Last units'),
  // Station: the shift report (components/station-report.tsx); its CSV, like History's, comes
  // from the core in English.
  'station.ui.report.title': msg('Shift report'),
  'station.ui.report.from': msg('From'),
  'station.ui.report.to': msg('To'),
  'station.ui.report.station': msg('Station'),
  'station.ui.report.operator': msg('Operator'),
  'station.ui.report.any': msg('any'),
  'station.ui.report.show': msg('Show report'),
  'station.ui.report.range': msg('Choose a first day on or before the last day.'),
  'station.ui.report.totals': msg(
    '{done, plural, one {# unit} other {# units}}, {passed, number} passed, {failed, number} failed{hasPace, select, yes {; median {seconds, number} s per unit} other {}}{hasRate, select, yes {; {perHour, number} per hour} other {}}.',
    ['done', 'passed', 'failed', 'hasPace', 'seconds', 'hasRate', 'perHour'],
  ),
  'station.ui.report.outcome': msg('{title}: {count, number}', ['title', 'count']),
  'station.ui.report.export': msg('Export CSV'),
  'station.ui.report.print': msg('Print'),
  'station.ui.report.column.started': msg('Started'),
  'station.ui.report.column.device': msg('Device'),
  'station.ui.report.column.result': msg('Result'),
  'station.ui.report.column.who': msg('Who'),
} as const;
