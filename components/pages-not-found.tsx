import type { NotFoundProps } from "@/lib/http/pages-request";
import { PagesShell } from "./pages-shell";

/** A Pages Router page's 404 (its getServerSideProps also sets the status). */
export function PagesNotFound(props: NotFoundProps) {
  return (
    <PagesShell shell={props.shell}>
      <section className="narrow">
        <h1>{props.title}</h1>
        <p>{props.body}</p>
        <p>
          <a href="/">{props.home}</a>
        </p>
      </section>
    </PagesShell>
  );
}
