import { describe, expect, it } from "vitest";
import { joinArgv, splitArgv } from "./argv";

describe("splitArgv", () => {
  it("splits on whitespace; blank text is no words", () => {
    expect(splitArgv("  ls  -la /tmp ")).toEqual(["ls", "-la", "/tmp"]);
    expect(splitArgv("   ")).toEqual([]);
    expect(splitArgv("")).toEqual([]);
  });

  it("keeps quoted text together without expanding it", () => {
    expect(splitArgv(`sh -c 'echo $HOME | wc -c'`)).toEqual(["sh", "-c", "echo $HOME | wc -c"]);
    expect(splitArgv(`echo "a \\"b\\" c" d\\ e ''`)).toEqual(["echo", 'a "b" c', "d e", ""]);
    expect(splitArgv(`sh -c "trap 'exit 0' TERM; sleep 3600 & wait"`)).toEqual(["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]);
    expect(splitArgv(`echo \\$HOME '*.txt' "a#b" \\| x=1`)).toEqual(["echo", "$HOME", "*.txt", "a#b", "|", "x=1"]);
    expect(splitArgv(`echo it"'"s $'tab\\there'`)).toEqual(["echo", "it's", "tab\there"]);
    expect(splitArgv("echo é 😀 -- --flag=a,b")).toEqual(["echo", "é", "😀", "--", "--flag=a,b"]);
    expect(splitArgv("echo $ a$")).toEqual(["echo", "$", "a$"]);
  });

  it("reports what is left open instead of dropping it", () => {
    expect(splitArgv(`echo 'oops`)).toEqual({ error: "Unclosed single quote (')" });
    expect(splitArgv(`a "b`)).toEqual({ error: 'Unclosed double quote (")' });
    expect(splitArgv(`a "b\\"`)).toEqual({ error: 'Unclosed double quote (")' });
    expect(splitArgv(`echo $'it\\'s`)).toEqual({ error: "Unclosed single quote (')" });
    expect(splitArgv(`echo a\\`)).toEqual({ error: "The command ends with a lone backslash" });
  });

  it("refuses what only a shell would act on, naming it", () => {
    const error = (text: string) => {
      const r = splitArgv(text);
      return "error" in r ? r.error : undefined;
    };
    expect(error("ls | wc -l")).toMatch(/^\| is a shell operator, and the command runs without a shell: quote it .*sh -c/);
    expect(error("echo hi > /tmp/x")).toMatch(/^> is a shell operator/);
    expect(error("make && make install")).toMatch(/^&& is a shell operator/);
    expect(error("a; b")).toMatch(/^; is a shell operator/);
    expect(error("sleep 5 &")).toMatch(/^& is a shell operator/);
    expect(error("ls *.txt")).toMatch(/^\*\.txt is a shell pattern/);
    expect(error("ls file?")).toMatch(/^file\? is a shell pattern/);
    expect(error("echo $HOME")).toMatch(/^\$HOME is a shell variable/);
    expect(error(`echo "$HOME"`)).toMatch(/^\$HOME is a shell variable/);
    expect(error("echo ${A:-b}")).toMatch(/^\$\{A:-b\} is a shell variable/);
    expect(error("echo $(id -u)")).toBeDefined();
    expect(error("echo hi # note")).toMatch(/^# starts a shell comment/);
    expect(error("echo ${}")).toMatch(/Bad substitution/);
  });
});

describe("joinArgv", () => {
  it("writes plain words as they are and quotes the rest", () => {
    expect(joinArgv(["ls", "-la", "/tmp"])).toBe("ls -la /tmp");
    expect(joinArgv(["sh", "-c", "echo 'a b' $HOME"])).toBe(`sh -c "echo 'a b' \\$HOME"`);
    expect(joinArgv(["echo", ""])).toBe("echo ''");
    expect(joinArgv(["echo", "a b"])).toBe("echo 'a b'");
    expect(joinArgv(["ls", "*.txt"])).toBe("ls '*.txt'");
    expect(joinArgv([])).toBe("");
  });

  it("reads back as the same argv, whatever the words hold", () => {
    const words = [
      "", " ", "plain", "a b", "it's", `a"b'c`, "a\nb", "a\tb", "*", "?", "*.txt", "a?b", "#x", "a#b", "$HOME", "${A}",
      "`id`", "it's `id`", "a\\b", "\\", "'", '"', "!", "it's!", "~", "~/x", "x=1", "{a,b}", "[ab]", "|", ">", "&&", ";",
      "(", "é", "😀", "--flag=a,b", "@:,./+-=%", "trap 'exit 0' TERM; sleep 3600 & wait", "echo \"me=$(id -u)\"",
    ];
    for (const word of words) {
      expect(splitArgv(joinArgv([word])), JSON.stringify(word)).toEqual([word]);
    }
    expect(splitArgv(joinArgv(words))).toEqual(words);
  });
});
