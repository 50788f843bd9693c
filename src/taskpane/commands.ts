// The manifest's FunctionFile: the ribbon button only opens the task pane (ShowTaskpane), so nothing is
// registered here beyond telling Office the page is ready.

Office.onReady(() => undefined);

// A module of its own (its only effect is the call above).
export {};
