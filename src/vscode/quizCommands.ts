// Ids of the quiz and review commands, shared by the surfaces that start them (panel, tree, hover).
export const START_QUIZ_COMMAND = 'llmFieldGuide.startQuiz';
export const QUIZ_TOPIC_COMMAND = 'llmFieldGuide.quizTopic';
export const QUIZ_TARGET_COMMAND = 'llmFieldGuide.quizTarget';
export const REVIEW_COMMAND = 'llmFieldGuide.review';
export const SHOW_PROGRESS_COMMAND = 'llmFieldGuide.showProgress';
export const EXPORT_PROGRESS_COMMAND = 'llmFieldGuide.exportProgress';
export const IMPORT_PROGRESS_COMMAND = 'llmFieldGuide.importProgress';
export const RESET_PROGRESS_COMMAND = 'llmFieldGuide.resetProgress';
