import type { Db } from "../../lib/db/client";
import { addItem } from "../../lib/quiz/bank-edits";
import { createReading } from "../../lib/readings/authoring";
import { createReadingSchema } from "../../lib/readings/authoring-schema";
import { addTerm } from "../../lib/readings/glossary-authoring";
import { addTermSchema } from "../../lib/readings/glossary-schema";
import { libraryLesson } from "../../lib/seed/library";

/**
 * A reading of the same length as the seeded one, made the way a teacher makes theirs: the library article's
 * text pasted into the new-reading form's schema, its glossary added term by term and its quiz written item by
 * item through the item editor's checks, all owned by the demo teacher. Benchmarks use it to show that an
 * authored reading keeps the seeded one's budgets. Returns its id.
 */
export async function authoredCopyOfLibraryReading(db: Db, teacherId = "demo-teacher"): Promise<string> {
  const lesson = libraryLesson();
  const text = lesson.reading.paragraphs.map((p) => p.text).join("\n");
  const input = createReadingSchema.parse({ title: `${lesson.reading.title}（自編）`, language: "auto", text });
  const { id } = await createReading(db, teacherId, input);
  const paragraphs = await db.readingParagraph.findMany({ where: { readingId: id }, orderBy: { position: "asc" } });
  const idOf = new Map(lesson.reading.paragraphs.map((p, i) => [p.ref, paragraphs[i]!.id]));
  const ids = (refs: string[]) => refs.map((ref) => idOf.get(ref)!);
  for (const term of lesson.glossary)
    await addTerm(
      db,
      teacherId,
      addTermSchema.parse({
        readingId: id,
        term: term.term,
        aliases: term.aliases.join("、"),
        explanationZhHant: term.zhHant,
        explanationEn: term.en,
      }),
    );
  for (const { key: _, ...item } of lesson.items)
    await addItem(db, teacherId, id, {
      ...item,
      paragraphs: ids(item.paragraphs),
      ...(item.type === "paragraph" && { answer: ids(item.answer) }),
    });
  return id;
}
