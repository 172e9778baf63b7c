// SPDX-License-Identifier: Apache-2.0
// The questions that decide a pending plan, asked as the EHR's documentation form asks them (Da Vinci DTR, the
// adaptive form): the service chooses the question that decides the plan soonest and says when it is decided
// (POST /api/v1/questions, the same code as $next-question). The answers the clinician enters go into the case as
// documented values (the service writes them into the case; the page puts that case into its form) and the plan is
// checked again; a question left unanswered stays open beside the next one. Hypotheses (what-ifs) never do this.
import {$, el} from './dom.js';
import {render, responseItem, showItemErrors} from './questionnaire-items.js';
import {fieldsLabel} from './words.js';

/** The contained Questionnaire's item of a response item. */
function questionOf(step, linkId) {
  const q = (step.contained || []).find(r => r.resourceType === 'Questionnaire');
  return q && (q.item || []).find(i => i.linkId === linkId);
}

/**
 * Shows a step of the form (a QuestionnaireResponse): its open questions, or, when nothing is open, what the
 * answers entered. {@code answered} are the case fields the last answers documented.
 */
export function showStep(step, answered, pending) {
  const open = step ? (step.item || []).filter(i => !(i.answer || i.item)) : [];
  const entered = answered && answered.length ? el('p', {class: 'entered', id: 'questions-entered'},
    'Entered into the case from your answers: ', fieldsLabel(answered), '.') : null;
  $('#question-items').replaceChildren(...open.map(i => render(questionOf(step, i.linkId), 'dq-')));
  $('#question-form').hidden = open.length === 0;
  $('#question-status').textContent = '';
  $('#questions-note').replaceChildren(...[entered,
    pending && open.length === 0 ? el('p', {}, 'No question of the form decides the rest: a reviewer will look at '
      + 'the missing data listed above.') : null,
    !pending && entered ? el('p', {}, 'Your answers decided the plan: the result above includes them.') : null]
    .filter(Boolean));
  $('#questions-title').textContent = open.length > 1 ? 'The questions that decide it'
    : open.length ? 'The question that decides it' : 'Your answers to the deciding questions';
  $('#questions-help').hidden = open.length === 0;
  $('#questions').hidden = open.length === 0 && !entered;
  $('#answer-questions').disabled = false;
}

/** The step with the clinician's answers, as the service reads it back. */
export function answeredStep(step) {
  const answers = new Map([...document.querySelectorAll('#question-items > .question')]
    .map(box => [box.dataset.linkId, responseItem(box)]));
  return {...step, item: (step.item || []).map(i => answers.get(i.linkId) || i)};
}

/** The service's errors at their questions; those it cannot place in the status line. */
export function showQuestionProblem(problem, status) {
  const errors = problem.errors || [];
  const placed = showItemErrors($('#question-items'), errors);
  $('#question-status').textContent = (problem.title || 'Error ' + status) + ': '
    + (placed && placed === errors.length ? 'see the marked question.' : problem.detail || '');
}

export function hideQuestions() {
  $('#questions').hidden = true;
  $('#question-items').replaceChildren();
  $('#questions-note').replaceChildren();
}
