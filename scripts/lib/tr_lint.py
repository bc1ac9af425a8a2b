#!/usr/bin/env python3
"""tr_lint.py — find user-visible string literals that are not translated.

    python3 scripts/lib/tr_lint.py [PATH...]      (default: app ui)
    python3 scripts/lib/tr_lint.py --self-test    (the checker checks itself)
    python3 scripts/lib/tr_lint.py --list-sinks

A heuristic, not a C++ parser. It tokenizes each .cpp/.h file (comments and
preprocessor lines removed, string literals kept) and tracks the call each
literal sits in. It reports:

  untranslated  a string literal containing words, passed (directly, or through
                QStringLiteral/QLatin1String/QString/u"…", a ?: branch, an
                initializer list or a concatenation) to a call that shows text:
                setText, setWindowTitle, setToolTip, setPlaceholderText,
                addAction, QLabel(…), QPushButton(…), QMessageBox::warning(…),
                showMessage, addItem … (see --list-sinks); or streamed with <<
                into out()/err()/QTextStream(stdout|stderr)/std::cout/std::cerr.
                A literal inside tr(), QT_TR_NOOP(), QT_TRANSLATE_NOOP(),
                translate() or qtTrId() is translated; one inside any other call
                (QIcon::fromTheme("…"), x.arg("…"), setObjectName("…")) is not
                looked at.
  plural        a tr() text that says "(s)" but has no %n (write "%n file(s)"
                with tr(text, nullptr, n) so that each language gets its plural
                forms), or a tr() text with %n but no count argument.

Not reported (no words to translate): literals without letters once %1…%99,
%n, QProgressBar's %p/%v/%m, HTML tags, entities and URLs are removed; a lone lowercase or all-capital
technical token ("smtp", "mail-send", "STARTTLS", "UTF-8"); a program prefix
such as "mailwright send: ".

Allowlist, for text that really is not user-visible or must stay as it is:
    foo->setText(QStringLiteral("Foxmail"));  // tr-lint: not user-visible
    // tr-lint: not user-visible          (alone on a line: covers the next line)
    // tr-lint: off  …  // tr-lint: on   (a whole region)
Any comment containing "tr-lint: not user-visible" (a reason may follow) works.

Exit status: 0 clean, 1 findings (printed as "path:line: kind: …"), 2 usage.
"""

import os
import re
import sys

# Calls whose arguments are shown to the user.
SINKS = {
    # QWidget and friends
    "setText", "setWindowTitle", "setWindowIconText", "setTitle", "setSubTitle", "setToolTip",
    "setStatusTip", "setWhatsThis", "setPlaceholderText", "setLabelText", "setButtonText",
    "setInformativeText", "setDetailedText", "setTabText", "setTabToolTip", "setTabWhatsThis",
    "setHeaderLabel", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setAccessibleName", "setAccessibleDescription", "setPrefix", "setSuffix",
    "setSpecialValueText", "setFormat", "setIconText", "setOkButtonText", "setCancelButtonText",
    "setHtml", "setMarkdown", "setPlainText", "setDefaultSuffix",
    "addAction", "addMenu", "addTab", "insertTab", "addItem", "addItems", "insertItem",
    "insertItems", "addRow", "insertRow", "addButton", "showMessage", "showText",
    # constructors of things that show their text
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QMessageBox", "QTreeWidgetItem", "QListWidgetItem",
    "QTableWidgetItem", "QStandardItem", "QProgressDialog", "QErrorMessage", "QWizardPage",
}
# QMessageBox::information(…) etc.: only with that qualifier.
QUALIFIED_SINKS = {
    ("QMessageBox", n) for n in ("information", "warning", "critical", "question", "about")
} | {("QToolTip", "showText"), ("QInputDialog", "getText"), ("QInputDialog", "getItem"),
     ("QInputDialog", "getInt"), ("QFileDialog", "getOpenFileName"),
     ("QFileDialog", "getOpenFileNames"), ("QFileDialog", "getSaveFileName"),
     ("QFileDialog", "getExistingDirectory")}
# For these the last of two or more arguments is data, not text
# (QComboBox::addItem(text, userData), insertItem(index, text, userData)).
LAST_ARG_IS_DATA = {"addItem", "insertItem"}
# Translation calls: what is inside is translated.
TRANSLATE = {"tr", "trUtf8", "translate", "qtTrId", "QT_TR_NOOP", "QT_TR_NOOP_UTF8",
             "QT_TR_N_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP",
             "QT_TRANSLATE_N_NOOP3", "QT_TRID_NOOP", "QT_TRID_N_NOOP"}
# Wrappers that only change a literal's type: look through them.
TRANSPARENT = {"QStringLiteral", "QLatin1String", "QLatin1StringView", "QStringView",
               "QString", "fromUtf8", "fromLatin1", "fromLocal8Bit", "QByteArrayLiteral",
               "QByteArray", "QLatin1Char", "QChar", "QStringList", "u8", "QUtf8StringView"}
# Streams the console user reads (a statement starting with one of these).
STREAM_STARTS = [("err", "(", ")"), ("out", "(", ")"), ("QTextStream", "("),
                 ("std", "::", "cout"), ("std", "::", "cerr"), ("qStdOut", "("),
                 ("qStdErr", "(")]
KEYWORDS = {"if", "for", "while", "switch", "return", "sizeof", "catch", "decltype", "alignof",
            "static_assert", "noexcept", "defined", "Q_ASSERT", "Q_ASSERT_X", "static_cast",
            "const_cast", "reinterpret_cast", "dynamic_cast"}

ALLOW_MARKER = "tr-lint: not user-visible"
OFF_MARKER = "tr-lint: off"
ON_MARKER = "tr-lint: on"

TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^(\s]{0,16})\((?P<rawbody>.*?)\)(?P=delim)")
  | (?P<str>(?:u8|u|U|L)?"(?P<body>(?:[^"\\\n]|\\.)*)")
  | (?P<chr>(?:u8|u|U|L)?'(?:[^'\\\n]|\\.)*')
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<num>\.?[0-9](?:[0-9A-Za-z_.']|[eEpP][+-])*)
  | (?P<punct>::|<<|->|&&|\|\||[^\s])
    """,
    re.S | re.X,
)


class Tok:
    __slots__ = ("kind", "text", "line", "value")

    def __init__(self, kind, text, line, value=None):
        self.kind, self.text, self.line, self.value = kind, text, line, value


def tokenize(source):
    """Tokens (comments and preprocessor lines dropped) and the allowlisted lines."""
    tokens, allowed = [], set()
    lines = source.split("\n")
    # Preprocessor lines (#include "x.h" holds a literal) are blanked first;
    # markers are found per line before comments disappear.
    off = False
    cleaned = []
    for number, text in enumerate(lines, 1):
        stripped = text.strip()
        if ON_MARKER in text:
            off = False
        if off:
            allowed.add(number)
        if OFF_MARKER in text:
            off = True
            allowed.add(number)
        if ALLOW_MARKER in text:
            allowed.add(number)
            if stripped.startswith("//") or stripped.startswith("/*"):
                # A comment alone on its line covers the next code line.
                for following in range(number + 1, len(lines) + 1):
                    if lines[following - 1].strip():
                        allowed.add(following)
                        break
        cleaned.append("" if stripped.startswith("#") else text)
    source = "\n".join(cleaned)
    pos, line = 0, 1
    while pos < len(source):
        m = TOKEN.match(source, pos)
        if not m:  # cannot happen: punct matches any non-space character
            pos += 1
            continue
        kind = m.lastgroup
        text = m.group(0)
        if m.group("raw") is not None:
            tokens.append(Tok("str", text, line, m.group("rawbody")))
        elif m.group("str") is not None:
            tokens.append(Tok("str", text, line, m.group("body")))
        elif kind in ("ident", "num", "punct", "chr"):
            tokens.append(Tok(kind, text, line))
        line += text.count("\n")
        pos = m.end()
    return tokens, allowed


PLACEHOLDER = re.compile(r"%(?:n|L?[0-9]{1,2})")
NOISE = re.compile(r"%[pvm]|<[^<>]*>|&[a-zA-Z]+;|&#[0-9]+;|\b(?:https?|mailto|file)://\S*|\\[nrt\\\"']")
LETTER = re.compile(r"[^\W\d_]", re.U)
TECH_TOKEN = re.compile(r"^(?:[a-z0-9][a-z0-9_.\-/:+@]*|[A-Z0-9][A-Z0-9_.\-/+]*)$")
PROGRAM_PREFIX = re.compile(r"^mailwright(?: [a-z-]+)?:\s*$")


def has_words(text):
    """Whether a literal's text has something a translator would translate."""
    stripped = NOISE.sub(" ", PLACEHOLDER.sub(" ", text)).strip()
    if not LETTER.search(stripped):
        return False
    if PROGRAM_PREFIX.match(text.strip()):
        return False
    if TECH_TOKEN.match(stripped):
        return False
    return True


class Frame:
    """An open (, { or [ and what it means for the literals inside."""

    __slots__ = ("kind", "name", "qualifier", "args", "candidates", "line", "first_literal")

    def __init__(self, kind, name="", qualifier="", line=0):
        self.kind = kind  # "call", "group" (transparent), "barrier"
        self.name, self.qualifier, self.line = name, qualifier, line
        self.args = 0  # commas seen at this level
        self.candidates = []  # (arg index, token) for sinks
        self.first_literal = None  # for tr(): the text of its first argument


def frame_role(frame):
    if frame.kind == "group":
        return "transparent"
    if frame.kind == "barrier":
        return "opaque"
    if frame.name in TRANSLATE:
        return "translate"
    if frame.name in TRANSPARENT:
        return "transparent"
    if frame.name in SINKS or (frame.qualifier, frame.name) in QUALIFIED_SINKS:
        return "sink"
    return "opaque"


def is_block(stack, prev):
    """Whether a { opens a block (or lambda body) rather than an initializer list."""
    inside_expression = bool(stack) and stack[-1].kind != "barrier"
    if prev is None:
        return True
    if inside_expression:  # [x] { ... } or [x]() mutable { ... } inside a call
        return prev.text in (")", "]", "mutable", "noexcept")
    # statement level: "= {", "return {", "({" are initializer lists
    return prev.text not in ("=", "return", ",", "(", "<<", "?", ":")


def show(text):
    text = text.replace("\n", "\\n")
    return text if len(text) <= 70 else text[:67] + "..."


def lint_file(path):
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except (OSError, UnicodeDecodeError) as e:
        return [f"{path}:0: error: cannot read: {e}"]
    tokens, allowed = tokenize(source)
    findings = []
    stack = []
    stream_statement = False
    statement_start = True
    start_tokens = []

    def report(line, kind, message):
        findings.append((line, f"{path}:{line}: {kind}: {message}"))

    def close_call(frame):
        role = frame_role(frame)
        total = frame.args + 1
        if role == "sink":
            for index, tok in frame.candidates:
                if frame.name in LAST_ARG_IS_DATA and total >= 2 and index == total - 1:
                    continue
                report(tok.line, "untranslated",
                       f"\"{show(tok.value)}\" shown by {frame.name}() is not in tr()")
        elif frame.name in ("tr", "trUtf8", "translate") and frame.first_literal is not None:
            text = frame.first_literal
            count_args = total - (2 if frame.name == "translate" else 1)
            if "%n" in text and count_args < 2:
                report(frame.line, "plural",
                       f"\"{show(text)}\" uses %n but {frame.name}() gets no count "
                       f"(tr(text, nullptr, n))")
            if re.search(r"\((?:s|es)\)", text) and "%n" not in text:
                report(frame.line, "plural",
                       f"\"{show(text)}\" says (s) without %n: use %n and tr(text, nullptr, n)")

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        prev = tokens[i - 1] if i else None
        if statement_start:
            start_tokens = []
            statement_start = False
            stream_statement = False
        if len(start_tokens) < 3 and tok.kind != "str":
            start_tokens.append(tok.text)
            if len(start_tokens) <= 3:
                stream_statement = any(tuple(start_tokens[: len(s)]) == s for s in STREAM_STARTS)

        if tok.kind == "punct" and tok.text in "({[":
            if tok.text == "(" and prev is not None and prev.kind == "ident" \
                    and prev.text not in KEYWORDS:
                qualifier = ""
                if i >= 3 and tokens[i - 2].text == "::" and tokens[i - 3].kind == "ident":
                    qualifier = tokens[i - 3].text
                name = prev.text
                # new QLabel(...), QLabel label(...): the class name is the call.
                if i >= 2 and tokens[i - 2].kind == "ident" and tokens[i - 2].text[:1] == "Q" \
                        and tokens[i - 2].text not in TRANSPARENT and name not in SINKS:
                    name = tokens[i - 2].text
                stack.append(Frame("call", name, qualifier, tok.line))
            elif tok.text == "{" and is_block(stack, prev):
                stack.append(Frame("barrier", line=tok.line))  # a block or a lambda body
                statement_start = True
            else:
                stack.append(Frame("group", line=tok.line))
        elif tok.kind == "punct" and tok.text in ")}]":
            if stack:
                frame = stack.pop()
                if frame.kind == "call":
                    close_call(frame)
            if tok.text == "}":
                statement_start = True
        elif tok.kind == "punct" and tok.text == ",":
            if stack:
                stack[-1].args += 1
        elif tok.kind == "punct" and tok.text == ";":
            statement_start = True
        elif tok.kind == "str":
            # Adjacent literals are one string.
            value, line_set, j = tok.value, {tok.line}, i
            while j + 1 < len(tokens) and tokens[j + 1].kind == "str":
                j += 1
                value += tokens[j].value
                line_set.add(tokens[j].line)
            literal = Tok("str", tok.text, tok.line, value)
            # Record tr()'s first argument for the plural checks.
            if stack and stack[-1].kind == "call" and stack[-1].name in ("tr", "trUtf8") \
                    and stack[-1].args == 0 and stack[-1].first_literal is None:
                stack[-1].first_literal = value
            if stack and stack[-1].kind == "call" and stack[-1].name == "translate" \
                    and stack[-1].args == 1 and stack[-1].first_literal is None:
                stack[-1].first_literal = value
            if not (line_set & allowed) and has_words(value):
                target = None  # innermost frame that decides
                for frame in reversed(stack):
                    role = frame_role(frame)
                    if role == "transparent":
                        continue
                    target = frame
                    break
                translated = any(frame_role(f) == "translate" for f in stack)
                if not translated and target is not None and frame_role(target) == "sink":
                    target.candidates.append((target.args, literal))
                elif not translated and stream_statement and (
                        target is None or target.kind == "barrier"):
                    # err() << "text": the literal must follow << (through wrappers).
                    k = i - 1
                    while k >= 0 and (tokens[k].text == "(" or tokens[k].text in TRANSPARENT):
                        k -= 1
                    if k >= 0 and tokens[k].text == "<<":
                        report(literal.line, "untranslated",
                               f"\"{show(value)}\" written to the console is not in tr()")
            i = j
        i += 1
    return [text for _, text in sorted(findings)]


# --self-test: each line marked "// expect: KIND" must be reported with that
# kind, and no other line may be.
SELF_TEST = r"""
void f() {
    label->setText("Hello world");                                    // expect: untranslated
    label->setText(tr("Hello world"));
    auto *l = new QLabel(QStringLiteral("Server name"), this);        // expect: untranslated
    QLabel plain(u"Port number"_s);                                   // expect: untranslated
    setWindowTitle(ok ? tr("Title") : QStringLiteral("Bad title"));  // expect: untranslated
    menu->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send"));
    combo->addItem(tr("SSL/TLS"), QStringLiteral("ssl"));
    combo->addItem(QStringLiteral("Encrypted always"), QStringLiteral("ssl")); // expect: untranslated
    QMessageBox::warning(this, tr("t"), QStringLiteral("Could not save")); // expect: untranslated
    setToolTip(QStringLiteral("<b>%1</b>").arg(x));
    setObjectName(QStringLiteral("Some name"));
    header->setHeaderLabels({tr("Name"), QStringLiteral("State of it")}); // expect: untranslated
    err() << "mailwright send: " << message << "
";
    err() << "Something went wrong" << Qt::endl;                     // expect: untranslated
    out() << CliText::tr("%n files", nullptr, n);
    out() << CliText::tr("%n files");                                 // expect: plural
    setText(tr("removed %1 pin(s)").arg(n));                          // expect: plural
    setText(QStringLiteral("Foxmail"));  // tr-lint: not user-visible
    // tr-lint: not user-visible (a brand name)
    setText(QStringLiteral("QQ Mail"));
    connect(b, &B::clicked, this, [this] { setText("In a lambda"); }); // expect: untranslated
    setPlaceholderText(QStringLiteral("you@example.com"));
    progress->setFormat(QStringLiteral("%p%"));
    setText(
        "several "                                                    // expect: untranslated
        "literals");
    // tr-lint: off
    setText("a region that is off");
    // tr-lint: on
    setText("SMTP");
    qDebug() << "debug output is not for users";
    auto s = QStringLiteral("not shown by this statement");
}
"""


def self_test():
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False, encoding="utf-8") as f:
        f.write(SELF_TEST)
        path = f.name
    try:
        got = {}
        for finding in lint_file(path):
            line, kind = finding[len(path) + 1:].split(": ", 2)[:2]
            got[int(line)] = kind
    finally:
        os.unlink(path)
    want = {n: m.group(1) for n, text in enumerate(SELF_TEST.split("\n"), 1)
            for m in [re.search(r"// expect: (\w+)", text)] if m}
    if got != want:
        for n in sorted(set(got) | set(want)):
            if got.get(n) != want.get(n):
                print(f"tr_lint self-test: line {n}: expected {want.get(n)}, got {got.get(n)}",
                      file=sys.stderr)
        return 1
    print(f"tr_lint self-test: {len(want)} expected findings, all found, nothing else",
          file=sys.stderr)
    return 0


def main(argv):
    args = argv[1:]
    if "--self-test" in args:
        return self_test()
    if "--list-sinks" in args:
        print("\n".join(sorted(SINKS | {f"{q}::{n}" for q, n in QUALIFIED_SINKS})))
        return 0
    if any(a.startswith("-") for a in args):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    paths = args or [os.path.join(root, "app"), os.path.join(root, "ui")]
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                files += [os.path.join(dirpath, f) for f in sorted(filenames)
                          if f.endswith((".cpp", ".h"))]
        elif os.path.isfile(p):
            files.append(p)
        else:
            print(f"tr_lint: no such file or directory: {p}", file=sys.stderr)
            return 2
    findings = []
    for f in files:
        findings += lint_file(f)
    for line in findings:
        print(os.path.relpath(line.split(":", 1)[0], root) + ":" + line.split(":", 1)[1]
              if line.startswith(root) else line)
    print(f"tr_lint: {len(files)} files, {len(findings)} finding(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
