// The progress page's view id, apart from the renderer so callers need not load it.
export const PROGRESS_VIEW_ID = 'overview';
