// build.mjs — the peer page for the side-by-side benchmark: the same Systemic questionnaire as a SurveyJS form,
// written as one self-contained HTML file (inline JS and CSS, no network).
//
// usage: node build.mjs [QUESTIONNAIRE.json] [OUT.html]
//   defaults: questionnaires/b2b.json → build/peer/surveyjs.html
//
// The form: one page per area; per question a panel (title = the question, description = its help) holding two
// radio groups, "Where are you today?" and "Where do you want to be in 12 months?", each with the five level
// descriptors; the first also offers "Don't know" and "Not applicable"; then a note (comment) field. Progress bar
// on top. The library is the vendor's own minified builds from the pinned npm packages (survey-core and
// survey-js-ui, see package.json), and the font-less stylesheet (the normal one loads Open Sans from a font host,
// which a file:// page in a closed network cannot reach; the page falls back to the system's sans-serif).
//
// window.peer exposes what the benchmark reads: the survey model, and when the survey was first rendered.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const src = path.resolve(process.argv[2] || path.join(repo, 'questionnaires/b2b.json'));
const out = path.resolve(process.argv[3] || path.join(repo, 'build/peer/surveyjs.html'));
const mod = (p) => path.join(here, 'node_modules', p);

const LEVELS = ['Ad hoc', 'Emerging', 'Defined', 'Managed', 'Systemic'];   // as app/core/questionnaire.cpp names them

export function surveyModel(q) {
  const pages = q.areas.map((area) => {
    const questions = q.questions.filter((x) => x.area === area.id);
    return {
      name: area.id,
      title: area.name,
      description: area.description,
      elements: questions.map((x) => {
        const choices = x.levels.map((text, i) => ({ value: i + 1, text: `${i + 1} · ${LEVELS[i]}: ${text}` }));
        return {
          type: 'panel',
          name: x.id,
          title: x.text,
          description: x.help || undefined,
          elements: [
            {
              type: 'radiogroup', name: `${x.id}-today`, title: 'Where are you today?', choices,
              showDontKnowItem: true, dontKnowText: "Don't know",
              showNoneItem: true, noneText: 'Not applicable',
            },
            { type: 'radiogroup', name: `${x.id}-target`, title: 'Where do you want to be in 12 months?', choices },
            { type: 'comment', name: `${x.id}-note`, title: 'Note (optional)', rows: 3 },
          ],
        };
      }).filter(Boolean),
    };
  }).filter((p) => p.elements.length > 0);
  return {
    title: q.title,
    description: q.intro,
    showProgressBar: true,
    progressBarLocation: 'top',
    progressBarType: 'pages',
    showQuestionNumbers: 'off',
    pages,
  };
}

// Inline script text must not close its <script> element early.
const inlineScript = (js) => js.replace(/<\/(script)/gi, '<\\/$1');
const inlineStyle = (css) => css.replace(/<\/(style)/gi, '<\\/$1');

function page(q) {
  const core = fs.readFileSync(mod('survey-core/survey.core.min.js'), 'utf8');
  const ui = fs.readFileSync(mod('survey-js-ui/survey-js-ui.min.js'), 'utf8');
  const css = fs.readFileSync(mod('survey-core/survey-core.fontless.min.css'), 'utf8');
  const version = JSON.parse(fs.readFileSync(mod('survey-core/package.json'), 'utf8')).version;
  const boot = `
(function () {
  var model = new Survey.Model(${JSON.stringify(surveyModel(q))});
  var peer = { survey: model, version: ${JSON.stringify(version)}, renderedMs: 0 };
  model.onAfterRenderSurvey.add(function () {
    if (peer.renderedMs) return;
    // After the render, the next frame is the first one that shows the form.
    requestAnimationFrame(function () { setTimeout(function () { peer.renderedMs = performance.now(); }, 0); });
  });
  window.peer = peer;
  model.render(document.getElementById('survey'));
})();`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${q.title.replace(/</g, '&lt;')} (SurveyJS ${version})</title>
<style>${inlineStyle(css)}</style>
<style>html,body{margin:0;font-family:system-ui,sans-serif}</style>
</head>
<body>
<div id="survey"></div>
<script>${inlineScript(core)}</script>
<script>${inlineScript(ui)}</script>
<script>${inlineScript(boot)}</script>
</body>
</html>
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const q = JSON.parse(fs.readFileSync(src, 'utf8'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const html = page(q);
  fs.writeFileSync(out, html);
  console.error(`peer: ${path.relative(repo, out)}: ${html.length} bytes, ${q.questions.length} questions in ${surveyModel(q).pages.length} pages`);
}
