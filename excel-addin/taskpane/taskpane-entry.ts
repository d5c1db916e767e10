// Entry of dist/excel/taskpane.js: renders the task pane once Office is ready, in Office's display language.
import { renderPane } from '../../ui/pane';

Office.onReady(() => {
  renderPane(document, Office.context?.displayLanguage ?? navigator.language, 'excel');
});
