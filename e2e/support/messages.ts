// Tests find elements by their accessible names, which come from the catalogs: read them from there.
import en from "../../messages/en.json" with { type: "json" };
import zh from "../../messages/zh-Hant.json" with { type: "json" };

export { en, zh };
