// Tests say sentences in German and Chinese synchronously (formatMessage('de', …)), as the CLI
// does after --lang has loaded its catalogue: every language is loaded before any test runs.
// The window's lazy loading itself is tested in test/unit/renderer/i18n and by the e2e suite.
import { loadAllLanguages } from '../../shared/i18n';

await loadAllLanguages();
