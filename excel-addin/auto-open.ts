// Marks a workbook so that the Sales KPI task pane opens by itself for every teammate who opens it.

type DocumentSettings = Pick<Office.Settings, 'set' | 'saveAsync'>;

/**
 * Sets the document setting Office reads for the task pane whose TaskpaneId (manifest.xml) is
 * Office.AutoShowTaskpaneWithDocument, and saves it into the workbook. Teammates still need the add-in.
 */
export function openTaskPaneWithWorkbook(settings: DocumentSettings = Office.context.document.settings): Promise<void> {
  settings.set('Office.AutoShowTaskpaneWithDocument', true);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      // AsyncResultStatus.Failed is the string "failed"; compared as text so no Office global is needed.
      if (String(result.status) === 'failed') reject(new Error(result.error.message));
      else resolve();
    });
  });
}
