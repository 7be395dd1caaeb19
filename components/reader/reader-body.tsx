import { RefusalAlert } from "@/components/refusal-alert";
import type { ReaderProps } from "@/lib/readings/reader-page";
import { ArticleText } from "./article-text";
import { Highlighter } from "./highlighter";
import { keepPlace, paragraphInView } from "./keep-place";
import { MyHighlights } from "./my-highlights";
import { ProgressTracker } from "./progress-tracker";
import { ShownArticleKey } from "./reader-refresh";
import { TextSizeControl } from "./text-size-control";

/**
 * The reader: toolbar, the article with highlighting, "mark as read" and the student's highlights.
 * The 繁/简 switch and "mark as read" are plain form posts: with JavaScript off the page still works.
 */
export function ReaderBody(props: ReaderProps & { uiLang: string }) {
  const { assignmentId, script, labels, article, uiLang } = props;
  const instructions = props.instructions && (
    <aside className="instructions" aria-labelledby="instructions-heading">
      <h2 id="instructions-heading">{labels.instructions}</h2>
      <p>{props.instructions}</p>
    </aside>
  );
  const refusal = props.refusal && <RefusalAlert text={props.refusal} />;
  if (props.preview) {
    // The teacher sees the text as the class does (script, size, glossary); the student's tools are left out.
    return (
      <div className="reader-layout">
        {refusal}
        <p className="notice">{labels.preview}</p>
        <nav className="reader-toolbar" aria-label={labels.toolbar}>
          <ScriptSwitch {...props} />
          <TextSizeControl labels={labels} />
        </nav>
        <ArticleText article={article} uiLang={uiLang} beforeText={instructions} />
      </div>
    );
  }
  return (
    <ShownArticleKey.Provider value={article.key}>
      <div className="reader-layout">
        {/* Past the article (its terms, and a whole text to tab or read through) to where reading ends. */}
        <a href="#reader-end" className="skip-link">
          {labels.skipArticle}
        </a>
        {refusal}
        {props.glossaryNote && <p className="notice">{props.glossaryNote}</p>}
        <nav className="reader-toolbar" aria-label={labels.toolbar}>
          <ScriptSwitch {...props} />
          <TextSizeControl labels={labels} />
          <a href="#my-highlights">{labels.myHighlights}</a>
          {props.continueLabel && <a href={`#p-${props.furthest}`}>{props.continueLabel}</a>}
        </nav>

        <Highlighter
          assignmentId={assignmentId}
          script={script}
          highlights={props.highlights}
          labels={labels}
          errorMessages={props.errorMessages}
        >
          <ArticleText
            article={article}
            uiLang={uiLang}
            beforeText={
              <>
                {instructions}
                <p className="hint">{labels.selectionHint}</p>
              </>
            }
          />
        </Highlighter>
        <ProgressTracker assignmentId={assignmentId} furthest={props.furthest} stayAtTop={Boolean(props.refusal)} />

        {/* The skip link's target: focusable, so the next Tab is "mark as read". */}
        <div id="reader-end" tabIndex={-1}>
          <form method="post" action="/api/reader/read" className="mark-read" onSubmit={() => keepPlace("mark-read")}>
            <input type="hidden" name="assignmentId" value={assignmentId} />
            <input type="hidden" name="read" value={String(!props.markedRead)} />
            {props.markedRead && <p className="form-success">{labels.markedRead}</p>}
            <button id="mark-read-button" type="submit" className={props.markedRead ? "button" : "button primary"}>
              {props.markedRead ? labels.markUnread : labels.markRead}
            </button>
          </form>
          {props.nextStep && (
            <p>
              <a href={props.nextStep.href} className={props.markedRead ? "button primary" : "button"}>
                {props.nextStep.label}
              </a>
            </p>
          )}
        </div>

        <MyHighlights
          items={props.highlights}
          script={script}
          labels={labels}
          jumpLabels={props.jumpLabels}
          errorMessages={props.errorMessages}
        />
      </div>
    </ShownArticleKey.Provider>
  );
}

/** The 繁/简 switch: a plain form post, so it works without JavaScript. */
function ScriptSwitch({ scriptButtons, script, labels }: Pick<ReaderProps, "scriptButtons" | "script" | "labels">) {
  // None for a reading that is not Traditional Chinese: it has no 简 view.
  if (scriptButtons.length === 0) return null;
  return (
    <form
      method="post"
      action="/api/me/script"
      className="button-row"
      aria-label={labels.script}
      onSubmit={() => keepPlace(paragraphInView())}
    >
      {scriptButtons.map((b) => (
        <button
          key={b.script}
          type="submit"
          name="script"
          value={b.script}
          className="button small"
          aria-pressed={b.script === script}
        >
          <span lang={b.script === "simp" ? "zh-Hans" : "zh-Hant"}>{b.short}</span>
          <span className="visually-hidden"> {b.label}</span>
        </button>
      ))}
    </form>
  );
}
