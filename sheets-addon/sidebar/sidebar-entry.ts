// Entry of the sidebar's inline script: asks the server for the user's locale, then renders the pane and wizard for Sheets.
import { renderPane } from '../../ui/pane';
import { SheetsWizardHost, type ScriptRunner } from './wizard-host';

declare const google: { script: { run: ScriptRunner } };

const wizardHost = new SheetsWizardHost(google.script.run);
const runner = google.script.run
  .withSuccessHandler((context) => renderPane(document, (context as { locale: string }).locale, 'sheets', wizardHost))
  .withFailureHandler(() => renderPane(document, navigator.language, 'sheets', wizardHost));
(runner.getSidebarContext as () => void)();
