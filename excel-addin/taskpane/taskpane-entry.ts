// Entry of dist/excel/taskpane.js: renders the task pane once Office is ready, in Office's display language.
import { renderTaskPane } from './taskpane';

Office.onReady(() => {
  renderTaskPane(document, Office.context?.displayLanguage ?? navigator.language);
});
