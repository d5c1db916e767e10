// Entry of dist/excel/taskpane.js: renders the pane once Office is ready, in Office's display language, with the wizard.
import { renderPane } from '../../ui/pane';
import { ExcelWizardHost } from '../wizard-host';

Office.onReady(() => {
  const wizardHost = typeof Excel === 'undefined' ? undefined : new ExcelWizardHost(Excel);
  renderPane(document, Office.context?.displayLanguage ?? navigator.language, 'excel', wizardHost);
});
