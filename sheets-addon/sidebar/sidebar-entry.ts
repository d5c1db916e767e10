// Entry of the sidebar's inline script: asks the server for the user's locale, then renders the pane for Sheets.
import { renderPane } from '../../ui/pane';

interface ScriptRun {
  withSuccessHandler(handler: (context: { locale: string }) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  getSidebarContext(): void;
}

declare const google: { script: { run: ScriptRun } };

google.script.run
  .withSuccessHandler((context) => renderPane(document, context.locale, 'sheets'))
  .withFailureHandler(() => renderPane(document, navigator.language, 'sheets'))
  .getSidebarContext();
