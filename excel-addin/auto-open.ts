// Marks a workbook for teammates: the add-in's runtime (the functions) loads with it, and the task pane opens where Office allows.

type DocumentSettings = Pick<Office.Settings, 'set' | 'saveAsync'>;
type AddinApi = Pick<typeof Office.addin, 'setStartupBehavior'>;

/**
 * Sets the document setting Office reads for the task pane whose TaskpaneId (manifest.xml) is
 * Office.AutoShowTaskpaneWithDocument, and saves it into the workbook. Microsoft supports this for
 * centrally deployed and sideloaded add-ins, not for add-ins installed from its Marketplace, and
 * teammates still need the add-in itself.
 */
export async function openTaskPaneWithWorkbook(settings: DocumentSettings = Office.context.document.settings): Promise<void> {
  settings.set('Office.AutoShowTaskpaneWithDocument', true);
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      // AsyncResultStatus.Failed is the string "failed"; compared as text so no Office global is needed.
      if (String(result.status) === 'failed') reject(new Error(result.error.message));
      else resolve();
    });
  });
}

/**
 * Asks Office to load the add-in's shared runtime whenever this workbook opens, pane or no pane
 * (Office.addin.setStartupBehavior, SharedRuntime 1.1): the functions are registered before the first
 * recalculation, however the add-in was installed. StartupBehavior.load is the string "Load".
 */
export async function loadRuntimeWithWorkbook(addin: AddinApi = Office.addin): Promise<void> {
  await addin.setStartupBehavior('Load' as Office.StartupBehavior);
}

/** Both marks, for a template made to be shared: each is tried, and the first failure is reported. */
export async function markWorkbookForTeammates(settings?: DocumentSettings, addin?: AddinApi): Promise<void> {
  const outcomes = await Promise.allSettled([loadRuntimeWithWorkbook(addin), openTaskPaneWithWorkbook(settings)]);
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}
