// next-auth names its session cookie by whether the site is served over HTTPS.
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
