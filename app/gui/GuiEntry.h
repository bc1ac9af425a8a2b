#pragma once

// The graphical interface lives in a module of its own (mailwright-gui),
// loaded by the `mailwright` executable only when a window is wanted. The
// command-line subcommands then never map QtWidgets, QtGui, X11, fontconfig
// and their friends: a one-shot `mailwright send` starts in about half the
// time and memory (docs/benchmarks.md, B3 and B4).
//
// The module is self-contained (it carries its own copy of core and ui), so
// nothing but argc/argv crosses the boundary; the executable creates no
// QCoreApplication and touches no Qt global state before calling it.

// The symbol the executable resolves with QLibrary.
#define MAILWRIGHT_GUI_ENTRY "mailwright_gui_main"

// Runs the GUI (the main window, or `compose [mailto:URL]`) and returns the
// process exit code. `argc` must stay valid until the function returns.
using MailwrightGuiMain = int (*)(int *argc, char **argv);
