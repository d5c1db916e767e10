// The pane's Dashboard tab: what the template is, one button that inserts it, what happened; then the dashboard over the user's own sheet.
import { h } from '../function-reference';
import type { WizardContext } from '../wizard/wizard-view';
import { fill } from '../wizard/wizard-strings';
import { renderOwnDashboard } from './own-dashboard-view';
import { TEMPLATE_INSERTED, TEMPLATE_STRINGS } from './template-strings';

export function renderTemplatePanel(ctx: WizardContext): HTMLElement[] {
  const { doc, host, language } = ctx;
  const text = TEMPLATE_STRINGS[language];
  const status = h(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const button = h(doc, 'button', { class: 'primary', id: 'insert-template' }, text.button) as HTMLButtonElement;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = text.working;
    try {
      const inserted = await host.insertTemplate(language);
      const done = fill(TEMPLATE_INSERTED[language], { sheet: inserted.dashboard });
      status.textContent = host.kind === 'excel' ? `${done} ${text.sharing}` : done;
    } catch (error) {
      status.textContent = (error as Error).message;
    } finally {
      button.disabled = false;
    }
  });
  return [h(doc, 'p', {}, text.intro), h(doc, 'p', { class: 'hint' }, text.replace), button, status, ...renderOwnDashboard(ctx)];
}
