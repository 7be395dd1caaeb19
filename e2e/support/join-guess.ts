import { request as httpRequest } from "node:http";
import { STRONG_PASSWORD, unique } from "./data";
import { serverActionId } from "./server-actions";

/**
 * The join action called over HTTP from a loopback address of the test's choosing (so the limit it trips
 * holds no other test up), with an X-Forwarded-For header of the attacker's choosing. Returns the reply.
 */
export function joinFrom(
  baseURL: string,
  localAddress: string,
  forwardedFor: string,
  joinCode: string,
): Promise<string> {
  const body = JSON.stringify([
    null,
    { joinCode, loginName: unique("guess."), displayName: "猜", password: STRONG_PASSWORD },
  ]);
  const { port } = new URL(baseURL);
  const action = serverActionId("lib/accounts/actions.ts", "joinClassAsNewStudentAction");
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        host: "127.0.0.1",
        port,
        localAddress,
        method: "POST",
        path: "/join",
        headers: {
          "Next-Action": action,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          "X-Forwarded-For": forwardedFor,
        },
      },
      (reply) => {
        let text = "";
        reply
          .setEncoding("utf8")
          .on("data", (chunk: string) => (text += chunk))
          .on("end", () => resolve(text));
      },
    );
    sent.on("error", reject);
    sent.end(body);
  });
}
