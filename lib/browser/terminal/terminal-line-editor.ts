/**
 * A minimal line discipline for processes without a TTY (attach to a container run with `-i` but not
 * `-t`): nothing echoes what is typed and the process wants "\n"-terminated lines, so the browser
 * echoes, edits the line (backspace, Ctrl-C, Ctrl-U) and sends it whole on Enter.
 */
export class LineEditor {
  private line = "";

  /** Feeds typed or pasted text; returns what to draw and what to send to the process. */
  feed(data: string): { echo: string; send: string } {
    let echo = "";
    let send = "";
    // Arrow keys and the like arrive as escape sequences; they mean nothing here.
    const plain = data.replace(/\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/g, "");
    for (const ch of Array.from(plain)) {
      if (ch === "\r" || ch === "\n") {
        send += this.line + "\n";
        echo += "\r\n";
        this.line = "";
      } else if (ch === "\x7f" || ch === "\b") {
        if (this.line) {
          this.line = Array.from(this.line).slice(0, -1).join("");
          echo += "\b \b";
        }
      } else if (ch === "\x03") {
        echo += "^C\r\n";
        this.line = "";
      } else if (ch === "\x15") {
        echo += "\b \b".repeat(Array.from(this.line).length);
        this.line = "";
      } else if (ch >= " " || ch === "\t") {
        this.line += ch;
        echo += ch;
      }
      // Other control keys (arrows, Ctrl-D…) have no meaning without a TTY: dropped.
    }
    return { echo, send };
  }
}
