import assert from 'node:assert/strict';
import { parseTermFile } from '../../../src/core/knowledge/glossaryParser';

const term = (optionZh: string, definitionEn = 'The share of real positives that are found.') => `id: recall
topic: evaluation
term: { en: Recall, zh: 召回率 }
aliases: [recall]
ambiguous_aliases: [recall]
case_sensitive_aliases: []
code_signals: [recall_score]
related: []
definition:
  en: ${definitionEn}
  zh: 真正的正例中被找出的比例。
reference: { text: "Powers (2011)", url: "https://arxiv.org/abs/2010.16061" }
quiz:
  - id: recall-q1
    question: { zh: 召回率是多少？, en: What is the recall? }
    options:
      - { zh: ${optionZh}, en: "0.30", correct: true }
      - { zh: "0.50", en: "0.50" }
      - { zh: "0.67", en: "0.67" }
      - { zh: "0.75", en: "0.75" }
    explanation: { zh: 30/60=0.5。, en: 30/60 = 0.5. }
`;

describe('parseTermFile', () => {
  it('keeps a bare number in a bilingual field as the text the author wrote', () => {
    const { parsed, problems } = parseTermFile('recall.yaml', 'recall.yaml', term('0.30'));
    assert.deepEqual(problems, []);
    assert.equal(parsed?.quiz[0].item.options[0].text.zh, '0.30');
  });

  it('still rejects a mapping where text is expected', () => {
    const { problems } = parseTermFile('recall.yaml', 'recall.yaml', term('"0.30"', '{ nested: true }'));
    assert.ok(problems.some((p) => /definition: en must be text/.test(p.message) && p.line === 10), JSON.stringify(problems));
  });
});
