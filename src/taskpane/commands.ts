// The manifest's FunctionFile: the ribbon button only opens the task pane (ShowTaskpane), so nothing is
// registered here beyond telling Office the page is ready.

Office.onReady(() => undefined);
