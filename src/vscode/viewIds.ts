// The ids under which the manifest contributes the views and the panel: shared by the activation
// entry point, which registers them, and the features behind them.
export const TOPICS_VIEW_ID = 'llmFieldGuide.topics';
export const GLOSSARY_VIEW_ID = 'llmFieldGuide.glossary';
export const PANEL_VIEW_TYPE = 'llmFieldGuide.answer';
