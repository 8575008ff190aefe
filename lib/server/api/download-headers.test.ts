import { describe, expect, it } from "vitest";
import { contentDisposition, downloadResponse } from "./download-headers";

describe("contentDisposition", () => {
  it("quotes a plain name", () => {
    expect(contentDisposition("new.txt")).toBe(`attachment; filename="new.txt"; filename*=UTF-8''new.txt`);
  });

  it("cannot be broken out of and keeps the exact name", () => {
    const h = contentDisposition('a"; filename=evil.sh\r\nX: y ü(1).txt');
    expect(h).not.toMatch(/[\r\n]/);
    expect(h.match(/"/g)).toHaveLength(2);
    expect(h).toBe(`attachment; filename="a__ filename=evil.sh__X: y _(1).txt"; filename*=UTF-8''a%22%3B%20filename%3Devil.sh%0D%0AX%3A%20y%20%C3%BC%281%29.txt`);
  });

  it("gives a name that is all non-ASCII an exact form and a fallback, and survives a lone surrogate", () => {
    expect(contentDisposition("日本.log")).toBe(`attachment; filename="__.log"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.log`);
    expect(contentDisposition("it's 100%*.tar")).toBe(`attachment; filename="it's 100_*.tar"; filename*=UTF-8''it%27s%20100%25%2A.tar`);
    expect(contentDisposition("a\uD800b")).toBe(`attachment; filename="a_b"; filename*=UTF-8''a%EF%BF%BDb`);
    expect(contentDisposition("")).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});

describe("downloadResponse", () => {
  it("sends a named attachment that is never cached or sniffed, with its length when known", async () => {
    const body = new Blob(["hello"]).stream();
    const res = downloadResponse({ body, filename: "a.txt", contentType: "text/plain; charset=utf-8", length: 5 });
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toEqual({
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="a.txt"; filename*=UTF-8''a.txt`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "content-length": "5",
    });
    expect(await res.text()).toBe("hello");
    const unknown = downloadResponse({ body: new Blob([]).stream(), filename: "x.tar", contentType: "application/x-tar" });
    expect(unknown.headers.has("content-length")).toBe(false);
  });
});
